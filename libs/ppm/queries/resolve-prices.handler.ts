import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime } from '@g3n/platform';
import type { PriceResolveRequest } from '../api/dto/price.dto';
import { PpmReferences } from '../commands/ppm-references';
import { normaliseChannelCode, normaliseCode } from '../shared/formats';
import { toUtc } from '../shared/request-rules';
import { PriceResolution, resolvePrices } from './resolve-prices';

export class ResolvePricesQuery {
  constructor(readonly ctx: RequestContext, readonly request: PriceResolveRequest) {}
}

/**
 * The context comes from the body, else the x-channel-code / x-logical-guid headers; a channel or facility that
 * does not exist is a 404 (a typo must not silently fall back to base prices); the currency defaults to the
 * channel's default currency.
 */
@QueryHandler(ResolvePricesQuery)
export class ResolvePricesHandler implements IQueryHandler<ResolvePricesQuery, PriceResolution> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly refs: PpmReferences) {}

  async execute({ ctx, request: r }: ResolvePricesQuery): Promise<PriceResolution> {
    const org = ctx.org_guid;
    const channelCode = r.channel_code ?? ctx.channel_code;
    const logicalGuid = r.logical_guid ?? ctx.logical_guid ?? null;
    const channel = channelCode ? await this.refs.requireChannel(org, channelCode) : null;
    if (logicalGuid) await this.refs.requireLogical(org, logicalGuid);
    const currency = r.currency ?? (channel?.default_currency as string | null | undefined) ?? null;
    if (!currency) {
      throw validationError('currency-required', 'Send currency: the request names no channel with a default currency.', { fields: [{ field: 'currency', reason: 'required' }] });
    }
    const at = toUtc(r.at) ?? this.runtime.clock.now().toISOString();
    const items = r.items.map((i) => ({ variant_id: i.variant_id, qty: i.qty, uom_code: i.uom_code ? normaliseCode(i.uom_code) : null }));
    const context = { currency, channel_code: channelCode ? normaliseChannelCode(channelCode) : null, logical_guid: logicalGuid, at };
    return resolvePrices(this.runtime.readModels, org, context, items);
  }
}

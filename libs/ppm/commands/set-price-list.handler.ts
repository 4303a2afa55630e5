import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PriceListSetRequest } from '../api/dto/price-list.dto';
import { priceListDecider } from '../price-list/price-list.decide';
import { normaliseChannelCode, normaliseCode } from '../shared/formats';
import { requireFields, requireRevision } from '../shared/request-rules';
import { priceListStream } from '../shared/streams';
import { why } from '../shared/why';
import { claimKey } from './claim-key';
import { PpmReferences } from './ppm-references';

export class SetPriceListCommand {
  constructor(readonly ctx: RequestContext, readonly request: PriceListSetRequest) {}
}

/** Creates a list (no price_list_id; the code is claimed first) or updates one (price_list_id + expected_revision). */
@CommandHandler(SetPriceListCommand)
export class SetPriceListHandler implements ICommandHandler<SetPriceListCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly refs: PpmReferences) {}

  async execute({ ctx, request: r }: SetPriceListCommand): Promise<string> {
    const org = ctx.org_guid;
    const channel_codes = r.channel_codes ? await Promise.all(r.channel_codes.map(async (c) => (await this.refs.requireChannel(org, c), normaliseChannelCode(c)))) : undefined;
    const code = r.code === undefined ? undefined : normaliseCode(r.code);
    if (r.price_list_id !== undefined) {
      const expectedRevision = requireRevision(r.expected_revision);
      const stream = priceListStream(org, r.price_list_id);
      await this.refs.requireStream(stream, priceListDecider, 'price-list-not-found');
      const command = { kind: 'update' as const, changes: { caption: r.caption, channel_codes, priority: r.priority }, status: r.status, code, currency: r.currency };
      await this.writes.execute(ctx, { stream, decider: priceListDecider, command, expectedRevision, ...why(r) });
      return r.price_list_id;
    }
    requireFields(r, ['code', 'currency']);
    const price_list_id = this.runtime.ids.next('pl');
    await claimKey(this.writes, ctx, 'price-list', code as string, price_list_id);
    const command = {
      kind: 'create' as const, price_list_id, org_guid: org, code: code as string, currency: r.currency as string, caption: r.caption ?? (code as string),
      channel_codes: channel_codes ?? [], priority: r.priority ?? 0, status: r.status ?? 'active',
    };
    await this.writes.execute(ctx, { stream: priceListStream(org, price_list_id), decider: priceListDecider, command, ...why(r) });
    return price_list_id;
  }
}

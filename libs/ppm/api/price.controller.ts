import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PPM_PRICES } from '../../../projections/ppm/prices.projection';
import { SetPriceCommand } from '../commands/set-price.handler';
import { GetPpmRecordQuery, ListPpmRecordsQuery, RecordPage } from '../queries/records';
import { ResolvePricesQuery } from '../queries/resolve-prices.handler';
import { normaliseChannelCode } from '../shared/formats';
import { PriceDto, PriceGetRequest, PriceQueryRequest, PriceResolutionDto, PriceResolveRequest, PriceSetRequest } from './dto/price.dto';
import { MANAGE, PPM, SET_REVISION_ERRORS, VIEW } from './ppm-routes';

const MISSING = 'price-not-found';
const response = { type: PriceDto, key: 'price' };

@ApiTags(PPM)
@Controller(PPM)
export class PriceController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PPM, call: 'price/set', kind: 'write', permissions: MANAGE, request: PriceSetRequest, response,
    summary: 'Set a variant\'s price in a scope (list, channel, logical facility, unit, start), or change a price\'s amount or end by price_id.',
    errors: [
      ['conflict', 'price-exists'], ['not-found', MISSING], ['not-found', 'variant-not-found'], ['not-found', 'sales-channel-not-found'],
      ['not-found', 'logical-facility-not-found'], ['not-found', 'uom-not-found'], ['not-found', 'price-list-not-found'],
      ['validation-error', 'currency-mismatch'], ['validation-error', 'channel-not-in-price-list'], ['validation-error', 'invalid-effective-window'],
      ['validation-error', 'invalid-amount'], ['validation-error', 'price-scope-immutable'], ...SET_REVISION_ERRORS,
    ],
  })
  async set(@Body() body: PriceSetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<SetPriceCommand, string>(new SetPriceCommand(ctx, body)));
  }

  @Endpoint({ service: PPM, call: 'price/get', kind: 'read', summary: 'Get a price.', permissions: VIEW, request: PriceGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: PriceGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.price_id);
  }

  @Endpoint({ service: PPM, call: 'price/list', kind: 'read', summary: 'List prices by variant, optionally by list, channel, logical facility or currency.', permissions: VIEW, request: PriceQueryRequest, response: { type: PriceDto, list: true } })
  list(@Body() body: PriceQueryRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = {
      variant_id: body.variant_id, price_list_id: body.price_list_id, logical_guid: body.logical_guid, currency: body.currency,
      channel_code: body.channel_code === undefined ? undefined : normaliseChannelCode(body.channel_code),
    };
    return this.queries.execute(new ListPpmRecordsQuery(PPM_PRICES, ctx.org_guid, filter, 'variant_id', body.limit, body.next_token));
  }

  @Endpoint({
    service: PPM, call: 'price/resolve', kind: 'read', permissions: VIEW, request: PriceResolveRequest, response: { type: PriceResolutionDto, key: 'resolution' },
    summary: 'Price a cart in a context (logical facility, channel, currency, instant): per item the unit and extended price and the rule that won, or no-price.',
    errors: [['not-found', 'sales-channel-not-found'], ['not-found', 'logical-facility-not-found'], ['validation-error', 'currency-required']],
  })
  async resolve(@Body() body: PriceResolveRequest, @Ctx() ctx: RequestContext) {
    return { resolution: await this.queries.execute(new ResolvePricesQuery(ctx, body)) };
  }

  private async one(ctx: RequestContext, id: string) {
    return { price: await this.queries.execute<GetPpmRecordQuery, Record<string, unknown>>(new GetPpmRecordQuery(PPM_PRICES, ctx.org_guid, id, MISSING)) };
  }
}

import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PPM_PRICE_LISTS } from '../../../projections/ppm/price-lists.projection';
import { SetPriceListCommand } from '../commands/set-price-list.handler';
import { GetPpmRecordQuery, ListPpmRecordsQuery, RecordPage } from '../queries/records';
import { PriceListDto, PriceListGetRequest, PriceListQueryRequest, PriceListSetRequest } from './dto/price-list.dto';
import { MANAGE, PPM, SET_REVISION_ERRORS, VIEW } from './ppm-routes';

const MISSING = 'price-list-not-found';
const response = { type: PriceListDto, key: 'price_list' };

@ApiTags(PPM)
@Controller(PPM)
export class PriceListController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PPM, call: 'price-list/set', kind: 'write', permissions: MANAGE, request: PriceListSetRequest, response,
    summary: 'Create a price list (no price_list_id: code, currency, channels, priority) or update one (price_list_id + expected_revision).',
    errors: [
      ['conflict', 'duplicate-code'], ['not-found', MISSING], ['not-found', 'sales-channel-not-found'], ['validation-error', 'code-immutable'],
      ['validation-error', 'currency-immutable'], ['invalid-state', 'invalid-status'], ...SET_REVISION_ERRORS,
    ],
  })
  async set(@Body() body: PriceListSetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<SetPriceListCommand, string>(new SetPriceListCommand(ctx, body)));
  }

  @Endpoint({ service: PPM, call: 'price-list/get', kind: 'read', summary: 'Get a price list.', permissions: VIEW, request: PriceListGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: PriceListGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.price_list_id);
  }

  @Endpoint({ service: PPM, call: 'price-list/list', kind: 'read', summary: 'List price lists by code, optionally by status or currency.', permissions: VIEW, request: PriceListQueryRequest, response: { type: PriceListDto, list: true } })
  list(@Body() body: PriceListQueryRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    return this.queries.execute(new ListPpmRecordsQuery(PPM_PRICE_LISTS, ctx.org_guid, { status: body.status, currency: body.currency }, 'code', body.limit, body.next_token));
  }

  private async one(ctx: RequestContext, id: string) {
    return { price_list: await this.queries.execute<GetPpmRecordQuery, Record<string, unknown>>(new GetPpmRecordQuery(PPM_PRICE_LISTS, ctx.org_guid, id, MISSING)) };
  }
}

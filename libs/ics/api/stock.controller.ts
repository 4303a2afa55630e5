import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ICS_STOCK_LEVELS } from '../../../projections/ics/stock-levels.projection';
import { AdjustStockCommand } from '../commands/adjust-stock.handler';
import { IcsLookups } from '../commands/ics-lookups';
import { TransitionStockCommand } from '../commands/transition-stock.handler';
import { GetStockQuery, StockLevel } from '../queries/get-stock.handler';
import { IcsPage, ListIcsRecordsQuery } from '../queries/list-records.handler';
import { ListStockCardQuery } from '../queries/list-stock-card.handler';
import type { StockCardPage } from '../stock-card/stock-card-reader';
import {
  IcsAdjustmentCreateRequest, IcsStockCardListRequest, IcsStockGetRequest, IcsStockListRequest, IcsStockTransitionRequest, StockCardEntryDto, StockLevelDto,
} from './dto/stock.dto';
import { ICS, MANAGE, STOCK_ERRORS, TARGET_ERRORS, VIEW } from './ics-routes';

const stock = { type: StockLevelDto, key: 'stock' };

@ApiTags(ICS)
@Controller(ICS)
export class StockController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus, private readonly lookups: IcsLookups) {}

  @Endpoint({ service: ICS, call: 'adjustment/create', kind: 'write', summary: 'Adjust on-hand stock of a variant at a logical facility by qty_delta (walkthrough 4); never below zero or below promised units unless the org allows negative stock.', permissions: MANAGE, request: IcsAdjustmentCreateRequest, response: stock, errors: STOCK_ERRORS })
  async adjust(@Body() body: IcsAdjustmentCreateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new AdjustStockCommand(ctx, body));
    return this.one(ctx, body.logical_guid, body.variant_id);
  }

  @Endpoint({ service: ICS, call: 'stock/get', kind: 'read', summary: 'Stock of a variant at a logical facility: on_hand, reserved, allocated, committed, available (zeros when it never moved).', permissions: VIEW, request: IcsStockGetRequest, response: stock, errors: TARGET_ERRORS.filter(([, minor]) => minor !== 'logical-facility-inactive') })
  async get(@Body() body: IcsStockGetRequest, @Ctx() ctx: RequestContext) {
    const known: StockLevel = await this.queries.execute(new GetStockQuery(ctx.org_guid, body.logical_guid, body.variant_id));
    // Zeros are only an answer for a facility and variant that exist in this org.
    if (known.revision < 0) await Promise.all([this.lookups.assertVariant(ctx.org_guid, body.variant_id), this.lookupFacility(ctx, body.logical_guid)]);
    return { stock: known };
  }

  @Endpoint({ service: ICS, call: 'stock/list', kind: 'read', summary: 'Stock levels of the org, by logical facility then variant; filter by logical_guid and/or variant_id.', permissions: VIEW, request: IcsStockListRequest, response: { type: StockLevelDto, list: true } })
  list(@Body() body: IcsStockListRequest, @Ctx() ctx: RequestContext): Promise<IcsPage> {
    const sort = [{ field: 'logical_guid', direction: 'asc' as const }, { field: 'variant_id', direction: 'asc' as const }];
    return this.queries.execute(new ListIcsRecordsQuery(ICS_STOCK_LEVELS, ctx.org_guid, { logical_guid: body.logical_guid, variant_id: body.variant_id }, sort, body.limit, body.next_token));
  }

  @Endpoint({ service: ICS, call: 'stock/transition', kind: 'write', summary: 'Move units between on_hand (sellable), quarantine and damaged.', permissions: MANAGE, request: IcsStockTransitionRequest, response: stock, errors: [...STOCK_ERRORS, ['validation-error', 'same-bucket']] })
  async transition(@Body() body: IcsStockTransitionRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new TransitionStockCommand(ctx, body));
    return this.one(ctx, body.logical_guid, body.variant_id);
  }

  @Endpoint({ service: ICS, call: 'stock/card/list', kind: 'read', summary: 'The stock card: every movement in log order with its deltas and the running balance after it.', permissions: VIEW, request: IcsStockCardListRequest, response: { type: StockCardEntryDto, list: true } })
  card(@Body() body: IcsStockCardListRequest, @Ctx() ctx: RequestContext): Promise<StockCardPage> {
    const filter = { logical_guid: body.logical_guid, variant_id: body.variant_id, hold_id: body.hold_id };
    return this.queries.execute(new ListStockCardQuery(ctx.org_guid, filter, body.limit, body.next_token));
  }

  private async lookupFacility(ctx: RequestContext, logical_guid: string): Promise<void> {
    // Reading the stock of an inactive facility is fine; only a missing one is 404.
    await this.lookups.assertFacility(ctx.org_guid, logical_guid).catch((error: { minor?: string }) => {
      if (error.minor !== 'logical-facility-inactive') throw error;
    });
  }

  private async one(ctx: RequestContext, logical_guid: string, variant_id: string) {
    return { stock: await this.queries.execute<GetStockQuery, StockLevel>(new GetStockQuery(ctx.org_guid, logical_guid, variant_id)) };
  }
}

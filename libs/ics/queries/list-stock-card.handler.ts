import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RUNTIME, Runtime } from '@g3n/platform';
import { holdDocId, HoldMovementsDoc, ICS_HOLD_MOVEMENTS } from '../../../projections/ics/holds.projection';
import { StockCardPage, StockCardReader } from '../stock-card/stock-card-reader';
import type { StockCardFilter } from '../stock-card/stock-card-token';

/**
 * A page of the org's stock card (undefined filter fields ignored). Unlike the other query handlers it reads the log,
 * not only read models: the card is the stock stream itself, in order, each event carrying its balance, so a read
 * model copying it cost a quarter of every stock write and 40 % of a rebuild for nothing (docs/ics.md, "The stock
 * card"). The holds read model still finds a hold's movements.
 */
export class ListStockCardQuery {
  constructor(readonly orgGuid: string, readonly filter: StockCardFilter, readonly limit = 50, readonly nextToken?: string) {}
}

@QueryHandler(ListStockCardQuery)
export class ListStockCardHandler implements IQueryHandler<ListStockCardQuery, StockCardPage> {
  private readonly reader: StockCardReader;

  constructor(@Inject(RUNTIME) runtime: Runtime) {
    this.reader = new StockCardReader({
      log: runtime.log,
      holdMovements: async (org_guid, hold_id) => {
        const doc = await runtime.readModels.collection<HoldMovementsDoc>(ICS_HOLD_MOVEMENTS).get(holdDocId(org_guid, hold_id));
        return doc && doc.org_guid === org_guid ? doc.movements : [];
      },
    });
  }

  execute(q: ListStockCardQuery): Promise<StockCardPage> {
    const filter: StockCardFilter = {};
    if (q.filter.logical_guid !== undefined) filter.logical_guid = q.filter.logical_guid;
    if (q.filter.variant_id !== undefined) filter.variant_id = q.filter.variant_id;
    if (q.filter.hold_id !== undefined) filter.hold_id = q.filter.hold_id;
    return this.reader.page(q.orgGuid, filter, q.limit, q.nextToken);
  }
}

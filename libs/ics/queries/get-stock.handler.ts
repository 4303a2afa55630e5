import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RUNTIME, Runtime } from '@g3n/platform';
import { ICS_STOCK_LEVELS, StockLevelDoc } from '../../../projections/ics/stock-levels.projection';

export interface StockLevel {
  org_guid: string;
  logical_guid: string;
  variant_id: string;
  on_hand: number;
  reserved: number;
  allocated: number;
  committed: number;
  available: number;
  quarantine: number;
  damaged: number;
  revision: number;
  created_at: string | null;
  updated_at: string | null;
}

/** A stock level; a valid variant × facility that never moved answers zeros with revision -1 (not a 404). */
export class GetStockQuery {
  constructor(readonly orgGuid: string, readonly logicalGuid: string, readonly variantId: string) {}
}

@QueryHandler(GetStockQuery)
export class GetStockHandler implements IQueryHandler<GetStockQuery, StockLevel> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetStockQuery): Promise<StockLevel> {
    const doc = await this.runtime.readModels.collection<StockLevelDoc>(ICS_STOCK_LEVELS).get(`${q.logicalGuid}:${q.variantId}`);
    if (doc && doc.org_guid === q.orgGuid) {
      const { _id, ...level } = doc;
      return level as StockLevel;
    }
    return {
      org_guid: q.orgGuid, logical_guid: q.logicalGuid, variant_id: q.variantId,
      on_hand: 0, reserved: 0, allocated: 0, committed: 0, available: 0, quarantine: 0, damaged: 0, revision: -1, created_at: null, updated_at: null,
    };
  }
}

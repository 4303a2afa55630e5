import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition, ProjectionHandler } from '@g3n/es';

/** Read by SCM (promises) and PCM: the name and the fields below are a cross-service contract. */
export const ICS_STOCK_LEVELS = 'ics_stock_levels';

export interface StockLevelDoc extends Doc {
  /** `<logical_guid>:<variant_id>` */
  _id: string;
  org_guid: string;
  logical_guid: string;
  variant_id: string;
  on_hand: number;
  reserved: number;
  allocated: number;
  committed: number;
  /** on_hand − reserved − allocated − committed */
  available: number;
  quarantine: number;
  damaged: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** Every stock event carries the balance after it, so the level is that balance, stamped with the stream revision. */
const applyBalance: ProjectionHandler = (e, ctx) => {
  const d = e.data as { logical_guid: string; variant_id: string; balance: Record<string, number> };
  const id = `${d.logical_guid}:${d.variant_id}`;
  return ctx.update<StockLevelDoc>(ICS_STOCK_LEVELS, id, (doc) => ({
    _id: id,
    org_guid: String(e.metadata.org_guid ?? e.tenant),
    logical_guid: d.logical_guid,
    variant_id: d.variant_id,
    on_hand: d.balance.on_hand,
    reserved: d.balance.reserved,
    allocated: d.balance.allocated,
    committed: d.balance.committed,
    available: d.balance.available,
    quarantine: d.balance.quarantine,
    damaged: d.balance.damaged,
    revision: e.revision,
    created_at: doc?.created_at ?? e.metadata.occurred_at,
    updated_at: e.metadata.occurred_at,
  }));
};

export const STOCK_EVENT_TYPES = [
  'ics.stock-adjusted', 'ics.stock-received', 'ics.stock-reserved', 'ics.stock-allocated', 'ics.stock-committed', 'ics.stock-released',
  'ics.stock-hold-expired', 'ics.stock-shipped', 'ics.stock-transitioned', 'ics.stock-request-refused',
];

export const icsStockLevelsProjection: ProjectionDefinition = {
  name: 'ics.stock-levels',
  version: 1,
  collections: [{
    name: ICS_STOCK_LEVELS,
    indexes: [{ fields: ['org_guid', 'logical_guid', 'variant_id'] }, { fields: ['org_guid', 'variant_id', 'logical_guid'] }],
  }],
  handlers: Object.fromEntries(STOCK_EVENT_TYPES.map((type) => [type, applyBalance])),
};

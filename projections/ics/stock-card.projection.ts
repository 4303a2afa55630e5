import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition, ProjectionHandler } from '@g3n/es';
import { STOCK_EVENT_TYPES } from './stock-levels.projection';

export const ICS_STOCK_CARD = 'ics_stock_card';

/** One ledger line per stock movement, with the running balance after it. */
export interface StockCardEntryDoc extends Doc {
  org_guid: string;
  logical_guid: string;
  variant_id: string;
  /** The stock stream revision of this movement: the ledger's sequence number. */
  revision: number;
  /** Log position, for ordering across stocks. */
  position: number;
  movement: string;
  event_type: string;
  /** Change per bucket (only the buckets that moved). */
  deltas: Record<string, number>;
  balance: Record<string, number>;
  qty: number;
  hold_id: string | null;
  source: Record<string, unknown>;
  reason: string | null;
  actor: string | null;
  occurred_at: string;
  [field: string]: unknown;
}

const BUCKETS = ['on_hand', 'reserved', 'allocated', 'committed', 'available', 'quarantine', 'damaged'];

/** Deltas come from the running balance: this entry's balance minus the previous entry's (kept on the cursor doc). */
const appendEntry: ProjectionHandler = async (e, ctx) => {
  const d = e.data as { logical_guid: string; variant_id: string; balance: Record<string, number>; qty?: number; qty_delta?: number; hold_id?: string; source?: Record<string, unknown>; reason?: string };
  const key = `${d.logical_guid}:${d.variant_id}`;
  const previous = await ctx.get<Doc & { balance: Record<string, number> }>(ICS_STOCK_CARD_HEADS, key);
  const deltas: Record<string, number> = {};
  for (const bucket of BUCKETS) {
    const change = (d.balance[bucket] ?? 0) - (previous?.balance[bucket] ?? 0);
    if (change !== 0) deltas[bucket] = change;
  }
  const entry: StockCardEntryDoc = {
    _id: `${key}#${String(e.revision).padStart(10, '0')}`,
    org_guid: String(e.metadata.org_guid ?? e.tenant),
    logical_guid: d.logical_guid,
    variant_id: d.variant_id,
    revision: e.revision,
    position: e.position,
    movement: e.type.slice('ics.stock-'.length),
    event_type: e.type,
    deltas,
    balance: d.balance,
    qty: d.qty ?? d.qty_delta ?? 0,
    hold_id: d.hold_id ?? null,
    source: d.source ?? { kind: 'api' },
    reason: (d.reason as string | undefined) ?? (e.metadata.reason as string | undefined) ?? null,
    actor: (e.metadata.actor as string | undefined) ?? null,
    occurred_at: e.metadata.occurred_at,
  };
  ctx.put(ICS_STOCK_CARD, entry);
  ctx.put(ICS_STOCK_CARD_HEADS, { _id: key, balance: d.balance });
};

/** The last balance per stock, so the next entry can state its deltas (internal to this projection). */
export const ICS_STOCK_CARD_HEADS = 'ics_stock_card_heads';

export const icsStockCardProjection: ProjectionDefinition = {
  name: 'ics.stock-card',
  version: 1,
  collections: [
    { name: ICS_STOCK_CARD, indexes: [{ fields: ['org_guid', 'logical_guid', 'variant_id', 'revision'] }, { fields: ['org_guid', 'position'] }, { fields: ['org_guid', 'hold_id', 'position'] }] },
    { name: ICS_STOCK_CARD_HEADS },
  ],
  handlers: Object.fromEntries(STOCK_EVENT_TYPES.map((type) => [type, appendEntry])),
};

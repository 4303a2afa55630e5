import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition, ProjectionHandler } from '@g3n/es';
import { STOCK_EVENT_TYPES } from './stock-levels.projection';

export const ICS_STOCK_CARD = 'ics_stock_card';

/**
 * One ledger line per stock movement, with the running balance after it. Its `_id` is the movement's log position
 * (`stockCardEntryId`), never part of an answer: see stockCardEntryId for why not the stock and revision.
 */
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

/**
 * The entry's id: its log position, zero-padded to 16 digits (every safe integer), so ids sort in log order.
 * Positions are unique and stable on every log adapter, and a movement is one event, so the id is unique and a
 * replay writes the same one. Not `<logical_guid>:<variant_id>#<revision>` (version 1): that ≈ 90-character id,
 * random in insert order, ends every non-unique index entry (the sort's tie-breaker) and keys the table, so each
 * insert touched the primary key at a random leaf and wrote three wide index keys. With the short ascending id an
 * insert costs ×0.66–0.72 at the live runner's batch sizes and ×0.46–0.72 at a rebuild's (test/bench/README.md,
 * "Fifth round"). The stock and revision are fields; one stock's card is served by `(org_guid, logical_guid, variant_id, position)`.
 */
export function stockCardEntryId(position: number): string {
  return String(position).padStart(16, '0');
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
    _id: stockCardEntryId(e.position),
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
  // 2: entry ids are log positions (stockCardEntryId) and one stock's index ends with position; a deployment on
  // version 1 rebuilds it blue-green on upgrade.
  version: 2,
  collections: [
    // Each serves a filter of /ics/stock/card/list and its sort by position. One stock's card ends with `position`,
    // not `revision` (version 1): the same order within a stock, but only `position` lets the index serve the sort;
    // with `revision` the planner walked the org's `(org_guid, position)` index, filtering every row of every stock.
    { name: ICS_STOCK_CARD, indexes: [{ fields: ['org_guid', 'logical_guid', 'variant_id', 'position'] }, { fields: ['org_guid', 'position'] }, { fields: ['org_guid', 'hold_id', 'position'] }] },
    { name: ICS_STOCK_CARD_HEADS },
  ],
  handlers: Object.fromEntries(STOCK_EVENT_TYPES.map((type) => [type, appendEntry])),
};

import type { RecordedEvent } from '@g3n/eventlog';
import { STOCK_EVENT_TYPES } from '../../../projections/ics/stock-levels.projection';

/** Stock buckets after a movement, as every `ics.stock-*` movement event carries them (`balance`). */
export type Balance = Record<string, number>;

/** One line of the stock card: a movement, what it changed per bucket, and the balance after it. */
export interface StockCardEntry {
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
  deltas: Balance;
  balance: Balance;
  qty: number;
  hold_id: string | null;
  source: Record<string, unknown>;
  reason: string | null;
  actor: string | null;
  occurred_at: string;
}

const BUCKETS = ['on_hand', 'reserved', 'allocated', 'committed', 'available', 'quarantine', 'damaged'];
const MOVEMENTS = new Set(STOCK_EVENT_TYPES);

/** The event types that are stock movements (`ics.stock-policy-set` shares the prefix and is not one). */
export const isStockMovement = (type: string): boolean => MOVEMENTS.has(type);

/** The movement's data, as the stock decider writes it. */
export interface MovementData {
  logical_guid: string;
  variant_id: string;
  balance: Balance;
  qty?: number;
  qty_delta?: number;
  hold_id?: string;
  source?: Record<string, unknown>;
  reason?: string;
}

/**
 * The card line of one movement event. `previous` is the balance after the stream's event before it (its revision
 * − 1), null for a stock's first movement: deltas are this balance minus that one, so they hold for every movement
 * type without re-deriving its rules.
 */
export function stockCardEntry(e: RecordedEvent, previous: Balance | null): StockCardEntry {
  const d = e.data as unknown as MovementData;
  const deltas: Balance = {};
  for (const bucket of BUCKETS) {
    const change = (d.balance[bucket] ?? 0) - (previous?.[bucket] ?? 0);
    if (change !== 0) deltas[bucket] = change;
  }
  return {
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
    reason: d.reason ?? e.metadata.reason ?? null,
    actor: e.metadata.actor ?? null,
    occurred_at: e.metadata.occurred_at,
  };
}

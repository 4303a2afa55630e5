import type { HoldStage, StockBalance, StockEvent, StockSource } from './stock.events';

export interface Hold {
  hold_id: string;
  stage: HoldStage;
  qty: number;
  expires_at: string | null;
  source: StockSource;
}

export interface StockState {
  exists: boolean;
  logical_guid: string;
  variant_id: string;
  on_hand: number;
  reserved: number;
  allocated: number;
  committed: number;
  quarantine: number;
  damaged: number;
  /** Open holds by id; a released, expired or shipped hold leaves the map. */
  holds: Record<string, Hold>;
  /** Reaction keys already decided (see sourceKey): a replayed source event decides nothing new. */
  applied: Record<string, true>;
}

export const initialStockState = (): StockState => ({
  exists: false, logical_guid: '', variant_id: '', on_hand: 0, reserved: 0, allocated: 0, committed: 0, quarantine: 0, damaged: 0, holds: {}, applied: {},
});

export const availableOf = (s: Pick<StockState, 'on_hand' | 'reserved' | 'allocated' | 'committed'>): number =>
  s.on_hand - s.reserved - s.allocated - s.committed;

export function balanceOf(s: StockState): StockBalance {
  return { on_hand: s.on_hand, reserved: s.reserved, allocated: s.allocated, committed: s.committed, available: availableOf(s), quarantine: s.quarantine, damaged: s.damaged };
}

/**
 * The idempotency key of a movement caused by another record (an order line request, a shipment line, a receipt
 * line); null for direct API movements, which the idempotency-key header covers instead.
 */
export function sourceKey(source: StockSource): string | null {
  switch (source.kind) {
    case 'order': return `req:${source.request_id}:${source.line_id}`;
    case 'shipment': return `ship:${source.shipment_id}:${source.line_id}`;
    case 'pcm-receipt': return `pcm:${source.receipt_id}:${source.po_line_id}`;
    case 'ics-receipt': return `rcpt:${source.receipt_id}:${source.line_id}`;
    case 'api': return null;
  }
}

export function evolveStock(state: StockState, event: StockEvent): StockState {
  // Every event states the balance after it, so levels come from there; evolve only maintains holds.
  const b = event.data.balance;
  const next: StockState = {
    ...state, exists: true, logical_guid: event.data.logical_guid, variant_id: event.data.variant_id,
    on_hand: b.on_hand, reserved: b.reserved, allocated: b.allocated, committed: b.committed, quarantine: b.quarantine, damaged: b.damaged,
  };
  const key = sourceKey(event.data.source);
  if (key) next.applied = { ...state.applied, [key]: true };
  switch (event.type) {
    case 'ics.stock-reserved':
      next.holds = { ...state.holds, [event.data.hold_id]: { hold_id: event.data.hold_id, stage: 'reserved', qty: event.data.qty, expires_at: event.data.expires_at, source: event.data.source } };
      break;
    case 'ics.stock-allocated':
    case 'ics.stock-committed': {
      const stage = event.type === 'ics.stock-allocated' ? 'allocated' : 'committed';
      const previous = state.holds[event.data.hold_id];
      const expires_at = event.type === 'ics.stock-allocated' ? event.data.expires_at : null;
      next.holds = { ...state.holds, [event.data.hold_id]: { hold_id: event.data.hold_id, stage, qty: event.data.qty, expires_at, source: previous?.source ?? event.data.source } };
      break;
    }
    case 'ics.stock-released':
    case 'ics.stock-hold-expired':
      next.holds = without(state.holds, event.data.hold_id);
      break;
    case 'ics.stock-shipped': {
      const held = state.holds[event.data.hold_id];
      if (held) {
        const left = held.qty - event.data.from_hold;
        next.holds = left > 0 ? { ...state.holds, [held.hold_id]: { ...held, qty: left } } : without(state.holds, held.hold_id);
      }
      break;
    }
    default:
      break;
  }
  return next;
}

function without(holds: Record<string, Hold>, id: string): Record<string, Hold> {
  const { [id]: _gone, ...rest } = holds;
  return rest;
}

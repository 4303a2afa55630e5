import { Decider, DomainError, invalidState, notFound, validationError } from '@g3n/es';
import type {
  HoldStage, OrderStockAction, StockBucket, StockEvent, StockRequestRefused, StockSource,
} from './stock.events';
import { HOLD_STAGES } from './stock.events';
import { availableOf, balanceOf, evolveStock, initialStockState, sourceKey, StockState } from './stock.state';

/** The org's stock policy, read by the handler and passed in (deciders do no I/O). */
export interface StockPolicy {
  allow_negative: boolean;
}

type Target = { logical_guid: string; variant_id: string };

export type StockCommand =
  | (Target & { kind: 'adjust'; qty_delta: number; policy: StockPolicy })
  | (Target & { kind: 'receive'; qty: number; source: StockSource })
  /** Creates a hold at `stage` from available (`qty` needed), or advances the existing hold `hold_id` to it. */
  | (Target & { kind: 'hold'; stage: HoldStage; hold_id: string; qty?: number; expires_at: string | null; source: StockSource })
  /** `stage`, when given, must be the hold's stage (the route names it: /reservation/release, /commit/release …). */
  | (Target & { kind: 'release'; hold_id: string; stage?: HoldStage; source: StockSource })
  | (Target & { kind: 'expire'; hold_id: string; stage: HoldStage; now: string })
  | (Target & { kind: 'ship'; hold_id: string; qty: number; source: StockSource; policy: StockPolicy })
  | (Target & { kind: 'transition'; qty: number; from: StockBucket; to: StockBucket; policy: StockPolicy })
  /** An SCM order line's stock request: business refusals become `ics.stock-request-refused`, never errors. */
  | (Target & { kind: 'order-request'; action: OrderStockAction; hold_id: string; qty: number; source: Extract<StockSource, { kind: 'order' }> });

type Cmd<K extends StockCommand['kind']> = Extract<StockCommand, { kind: K }>;
type Levels = Pick<StockState, 'on_hand' | 'reserved' | 'allocated' | 'committed' | 'quarantine' | 'damaged'>;

/** The balance after applying `changes` to the state's levels. */
function after(state: StockState, changes: Partial<Levels>) {
  return balanceOf({ ...state, ...changes });
}

const insufficient = (available: number, requested: number) =>
  invalidState('insufficient-stock', `Only ${available} available, ${requested} requested.`, { available, requested });

function assertQty(qty: number | undefined): number {
  if (qty === undefined || !Number.isInteger(qty) || qty < 1) throw validationError('invalid-qty', 'qty must be a positive integer.', { fields: [{ field: 'qty', reason: 'positive integer' }] });
  return qty;
}

function adjust(c: Cmd<'adjust'>, s: StockState): StockEvent[] {
  if (!Number.isInteger(c.qty_delta) || c.qty_delta === 0) throw validationError('invalid-qty-delta', 'qty_delta must be a non-zero integer.', { fields: [{ field: 'qty_delta', reason: 'non-zero integer' }] });
  const available = availableOf(s);
  // Taking stock away may not leave on_hand or available below zero (promised units stay covered) unless the org allows it.
  if (c.qty_delta < 0 && !c.policy.allow_negative && (s.on_hand + c.qty_delta < 0 || available + c.qty_delta < 0)) throw insufficient(available, -c.qty_delta);
  const { logical_guid, variant_id, qty_delta } = c;
  return [{ type: 'ics.stock-adjusted', data: { logical_guid, variant_id, qty_delta, source: { kind: 'api' }, balance: after(s, { on_hand: s.on_hand + qty_delta }) } }];
}

function receive(c: Cmd<'receive'>, s: StockState): StockEvent[] {
  const key = sourceKey(c.source);
  if (key && s.applied[key]) return [];
  const qty = assertQty(c.qty);
  return [{ type: 'ics.stock-received', data: { logical_guid: c.logical_guid, variant_id: c.variant_id, qty, source: c.source, balance: after(s, { on_hand: s.on_hand + qty }) } }];
}

function hold(c: Cmd<'hold'>, s: StockState): StockEvent[] {
  const base = { logical_guid: c.logical_guid, variant_id: c.variant_id, hold_id: c.hold_id, source: c.source };
  const existing = s.holds[c.hold_id];
  if (existing) {
    if (HOLD_STAGES.indexOf(c.stage) <= HOLD_STAGES.indexOf(existing.stage)) {
      throw invalidState(`hold-already-${existing.stage}`, `Hold ${c.hold_id} is already ${existing.stage}.`, { stage: existing.stage });
    }
    const qty = existing.qty;
    const balance = after(s, { [existing.stage]: s[existing.stage] - qty, [c.stage]: s[c.stage] + qty });
    const moved = { ...base, qty, from_stage: existing.stage, balance };
    return c.stage === 'allocated'
      ? [{ type: 'ics.stock-allocated', data: { ...moved, expires_at: c.expires_at } }]
      : [{ type: 'ics.stock-committed', data: moved }];
  }
  const qty = assertQty(c.qty);
  const available = availableOf(s);
  if (available < qty) throw insufficient(available, qty);
  const balance = after(s, { [c.stage]: s[c.stage] + qty });
  switch (c.stage) {
    case 'reserved': return [{ type: 'ics.stock-reserved', data: { ...base, qty, expires_at: c.expires_at, balance } }];
    case 'allocated': return [{ type: 'ics.stock-allocated', data: { ...base, qty, from_stage: null, expires_at: c.expires_at, balance } }];
    case 'committed': return [{ type: 'ics.stock-committed', data: { ...base, qty, from_stage: null, balance } }];
  }
}

function release(c: Cmd<'release'>, s: StockState): StockEvent[] {
  const existing = s.holds[c.hold_id];
  if (!existing) throw notFound('hold-not-found', `No open hold ${c.hold_id} on this stock.`);
  if (c.stage && existing.stage !== c.stage) throw invalidState('hold-stage-mismatch', `Hold ${c.hold_id} is ${existing.stage}, not ${c.stage}.`, { stage: existing.stage });
  const balance = after(s, { [existing.stage]: s[existing.stage] - existing.qty });
  return [{ type: 'ics.stock-released', data: { logical_guid: c.logical_guid, variant_id: c.variant_id, hold_id: c.hold_id, qty: existing.qty, from_stage: existing.stage, source: c.source, balance } }];
}

/** Expiry is a sweep: a hold that is gone, moved on or not yet due is simply not expired (no error). */
function expire(c: Cmd<'expire'>, s: StockState): StockEvent[] {
  const existing = s.holds[c.hold_id];
  if (!existing || existing.stage !== c.stage || !existing.expires_at || existing.expires_at > c.now) return [];
  const balance = after(s, { [existing.stage]: s[existing.stage] - existing.qty });
  return [{ type: 'ics.stock-hold-expired', data: { logical_guid: c.logical_guid, variant_id: c.variant_id, hold_id: c.hold_id, qty: existing.qty, from_stage: existing.stage, expires_at: existing.expires_at, source: existing.source, balance } }];
}

/** Shipping consumes the hold (normally committed) and takes any remainder straight from available. */
function ship(c: Cmd<'ship'>, s: StockState): StockEvent[] {
  const key = sourceKey(c.source);
  if (key && s.applied[key]) return [];
  const qty = assertQty(c.qty);
  const existing = s.holds[c.hold_id];
  const from_hold = Math.min(qty, existing?.qty ?? 0);
  const from_available = qty - from_hold;
  const available = availableOf(s);
  if (!c.policy.allow_negative && from_available > 0 && available < from_available) throw insufficient(available, from_available);
  const changes: Partial<Levels> = { on_hand: s.on_hand - qty };
  if (existing) changes[existing.stage] = s[existing.stage] - from_hold;
  return [{
    type: 'ics.stock-shipped',
    data: { logical_guid: c.logical_guid, variant_id: c.variant_id, qty, hold_id: c.hold_id, from_stage: existing?.stage ?? null, from_hold, from_available, source: c.source, balance: after(s, changes) },
  }];
}

function transition(c: Cmd<'transition'>, s: StockState): StockEvent[] {
  const qty = assertQty(c.qty);
  if (c.from === c.to) throw validationError('same-bucket', 'from and to must differ.', { fields: [{ field: 'to', reason: 'must differ from from' }] });
  // Out of on_hand means out of available (unless the org allows negative stock); quarantine and damaged never go below zero.
  if (c.from === 'on_hand' && !c.policy.allow_negative && availableOf(s) < qty) throw insufficient(availableOf(s), qty);
  if (c.from !== 'on_hand' && s[c.from] < qty) throw invalidState('insufficient-stock', `Only ${s[c.from]} in ${c.from}.`, { [c.from]: s[c.from], requested: qty });
  const balance = after(s, { [c.from]: s[c.from] - qty, [c.to]: s[c.to] + qty });
  return [{ type: 'ics.stock-transitioned', data: { logical_guid: c.logical_guid, variant_id: c.variant_id, qty, from: c.from, to: c.to, source: { kind: 'api' }, balance } }];
}

const ACTION_STAGE: Record<Exclude<OrderStockAction, 'release'>, HoldStage> = { reserve: 'reserved', allocate: 'allocated', commit: 'committed' };

function orderRequest(c: Cmd<'order-request'>, s: StockState): StockEvent[] {
  const key = sourceKey(c.source);
  if (key && s.applied[key]) return [];
  const target = { logical_guid: c.logical_guid, variant_id: c.variant_id };
  try {
    return c.action === 'release'
      ? release({ ...target, kind: 'release', hold_id: c.hold_id, source: c.source }, s)
      : hold({ ...target, kind: 'hold', stage: ACTION_STAGE[c.action], hold_id: c.hold_id, qty: c.qty, expires_at: null, source: c.source }, s);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const refused: StockRequestRefused = {
      type: 'ics.stock-request-refused',
      data: { ...target, qty: c.qty, hold_id: c.hold_id, action: c.action, reason: error.minor ?? error.tag, source: c.source, balance: balanceOf(s) },
    };
    return [refused];
  }
}

export const stockDecider: Decider<StockCommand, StockState, StockEvent> = {
  name: 'ics.stock',
  stateVersion: 1,
  initialState: initialStockState,
  evolve: evolveStock,
  decide(command, state) {
    switch (command.kind) {
      case 'adjust': return adjust(command, state);
      case 'receive': return receive(command, state);
      case 'hold': return hold(command, state);
      case 'release': return release(command, state);
      case 'expire': return expire(command, state);
      case 'ship': return ship(command, state);
      case 'transition': return transition(command, state);
      case 'order-request': return orderRequest(command, state);
    }
  },
};

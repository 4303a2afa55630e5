import { given } from '@g3n/es';
import { stockDecider as decider, StockCommand } from './stock.decide';
import type { StockBalance, StockEvent, StockSource } from './stock.events';

const t = { logical_guid: 'log_1', variant_id: 'var_1' };
const api: StockSource = { kind: 'api' };
const strict = { allow_negative: false };
const loose = { allow_negative: true };
const bal = (b: Partial<StockBalance>): StockBalance => {
  const full = { on_hand: 0, reserved: 0, allocated: 0, committed: 0, quarantine: 0, damaged: 0, ...b };
  return { ...full, available: full.on_hand - full.reserved - full.allocated - full.committed };
};
const stocked = (on_hand: number): StockEvent => ({ type: 'ics.stock-adjusted', data: { ...t, qty_delta: on_hand, source: api, balance: bal({ on_hand }) } });
const reserved = (hold_id: string, qty: number, b: Partial<StockBalance>, expires_at: string | null = null, source: StockSource = api): StockEvent =>
  ({ type: 'ics.stock-reserved', data: { ...t, hold_id, qty, expires_at, source, balance: bal(b) } });
const order = (request_id: string): Extract<StockSource, { kind: 'order' }> => ({ kind: 'order', order_id: 'ord_1', line_id: 'l1', request_id });
const req = (action: 'reserve' | 'allocate' | 'commit' | 'release', request_id: string, qty = 2): StockCommand =>
  ({ kind: 'order-request', ...t, action, hold_id: 'ord:ord_1:l1', qty, source: order(request_id) });

describe('stock decider', () => {
  describe('adjustments', () => {
    it('adds and removes on-hand stock with the balance after it', () => {
      given(decider, []).when({ kind: 'adjust', ...t, qty_delta: 5, policy: strict }).then([stocked(5)]);
      given(decider, [stocked(5)]).when({ kind: 'adjust', ...t, qty_delta: -2, policy: strict })
        .then([{ type: 'ics.stock-adjusted', data: { ...t, qty_delta: -2, source: api, balance: bal({ on_hand: 3 }) } }]);
    });

    it('never goes negative, nor below what is promised, unless the org allows negative stock', () => {
      given(decider, [stocked(2)]).when({ kind: 'adjust', ...t, qty_delta: -3, policy: strict }).thenRejects('invalid-state', 'insufficient-stock');
      given(decider, [stocked(5), reserved('h1', 4, { on_hand: 5, reserved: 4 })]).when({ kind: 'adjust', ...t, qty_delta: -2, policy: strict }).thenRejects('invalid-state', 'insufficient-stock');
      given(decider, [stocked(2)]).when({ kind: 'adjust', ...t, qty_delta: -3, policy: loose })
        .thenState((s) => expect([s.on_hand, s.reserved]).toEqual([-1, 0]));
    });

    it('refuses a zero delta', () => {
      given(decider, []).when({ kind: 'adjust', ...t, qty_delta: 0, policy: strict }).thenRejects('validation-error', 'invalid-qty-delta');
    });
  });

  describe('receiving', () => {
    const pcm: StockSource = { kind: 'pcm-receipt', receipt_id: 'rc1', po_id: 'po1', po_line_id: 'pl1' };
    it('receives once per receipt line', () => {
      const received: StockEvent = { type: 'ics.stock-received', data: { ...t, qty: 10, source: pcm, balance: bal({ on_hand: 10 }) } };
      given(decider, []).when({ kind: 'receive', ...t, qty: 10, source: pcm }).then([received]);
      given(decider, [received]).when({ kind: 'receive', ...t, qty: 10, source: pcm }).then([]);
    });
  });

  describe('holds', () => {
    const hold = (stage: 'reserved' | 'allocated' | 'committed', qty?: number, hold_id = 'h1'): StockCommand =>
      ({ kind: 'hold', ...t, stage, hold_id, qty, expires_at: null, source: api });

    it('reserves available units, moves them reserved → allocated → committed, and ships them', () => {
      const r = reserved('h1', 3, { on_hand: 5, reserved: 3 });
      given(decider, [stocked(5)]).when(hold('reserved', 3)).then([r]);
      const a: StockEvent = { type: 'ics.stock-allocated', data: { ...t, hold_id: 'h1', qty: 3, from_stage: 'reserved', expires_at: null, source: api, balance: bal({ on_hand: 5, allocated: 3 }) } };
      given(decider, [stocked(5), r]).when(hold('allocated')).then([a]);
      const c: StockEvent = { type: 'ics.stock-committed', data: { ...t, hold_id: 'h1', qty: 3, from_stage: 'allocated', source: api, balance: bal({ on_hand: 5, committed: 3 }) } };
      given(decider, [stocked(5), r, a]).when(hold('committed')).then([c]);
      const shipment: StockSource = { kind: 'shipment', shipment_id: 's1', order_id: 'o1', line_id: 'l1' };
      given(decider, [stocked(5), r, a, c]).when({ kind: 'ship', ...t, hold_id: 'h1', qty: 3, source: shipment, policy: strict })
        .then([{ type: 'ics.stock-shipped', data: { ...t, hold_id: 'h1', qty: 3, from_stage: 'committed', from_hold: 3, from_available: 0, source: shipment, balance: bal({ on_hand: 2 }) } }]);
    });

    it('never reserves more than is available', () => {
      given(decider, [stocked(2)]).when(hold('reserved', 3)).thenRejects('invalid-state', 'insufficient-stock');
      given(decider, [stocked(5), reserved('h1', 4, { on_hand: 5, reserved: 4 })]).when(hold('reserved', 2, 'h2')).thenRejects('invalid-state', 'insufficient-stock');
    });

    it('allocates or commits straight from available when there is no hold yet', () => {
      given(decider, [stocked(5)]).when(hold('committed', 2))
        .then([{ type: 'ics.stock-committed', data: { ...t, hold_id: 'h1', qty: 2, from_stage: null, source: api, balance: bal({ on_hand: 5, committed: 2 }) } }]);
    });

    it('does not move a hold backwards or sideways', () => {
      const r = reserved('h1', 3, { on_hand: 5, reserved: 3 });
      given(decider, [stocked(5), r]).when(hold('reserved', 3)).thenRejects('invalid-state', 'hold-already-reserved');
    });

    it('releases a hold from its stage; the route may insist on the stage', () => {
      const r = reserved('h1', 3, { on_hand: 5, reserved: 3 });
      given(decider, [stocked(5), r]).when({ kind: 'release', ...t, hold_id: 'h1', stage: 'reserved', source: api })
        .then([{ type: 'ics.stock-released', data: { ...t, hold_id: 'h1', qty: 3, from_stage: 'reserved', source: api, balance: bal({ on_hand: 5 }) } }]);
      given(decider, [stocked(5), r]).when({ kind: 'release', ...t, hold_id: 'h1', stage: 'committed', source: api }).thenRejects('invalid-state', 'hold-stage-mismatch');
      given(decider, [stocked(5)]).when({ kind: 'release', ...t, hold_id: 'h1', source: api }).thenRejects('not-found', 'hold-not-found');
    });

    it('expires only due holds at the named stage', () => {
      const r = reserved('h1', 3, { on_hand: 5, reserved: 3 }, '2026-01-01T00:30:00.000Z');
      given(decider, [stocked(5), r]).when({ kind: 'expire', ...t, hold_id: 'h1', stage: 'reserved', now: '2026-01-01T00:10:00.000Z' }).then([]);
      given(decider, [stocked(5), r]).when({ kind: 'expire', ...t, hold_id: 'h1', stage: 'allocated', now: '2026-01-01T01:00:00.000Z' }).then([]);
      given(decider, [stocked(5), r]).when({ kind: 'expire', ...t, hold_id: 'h1', stage: 'reserved', now: '2026-01-01T01:00:00.000Z' })
        .then([{ type: 'ics.stock-hold-expired', data: { ...t, hold_id: 'h1', qty: 3, from_stage: 'reserved', expires_at: '2026-01-01T00:30:00.000Z', source: api, balance: bal({ on_hand: 5 }) } }]);
    });
  });

  describe('SCM order stock requests', () => {
    it('reserves for the order line under its hold id, once per request', () => {
      const r = reserved('ord:ord_1:l1', 2, { on_hand: 5, reserved: 2 }, null, order('rq1'));
      given(decider, [stocked(5)]).when(req('reserve', 'rq1')).then([r]);
      given(decider, [stocked(5), r]).when(req('reserve', 'rq1')).then([]);
    });

    it('records a refusal instead of failing', () => {
      given(decider, [stocked(1)]).when(req('reserve', 'rq1'))
        .then([{ type: 'ics.stock-request-refused', data: { ...t, qty: 2, hold_id: 'ord:ord_1:l1', action: 'reserve', reason: 'insufficient-stock', source: order('rq1'), balance: bal({ on_hand: 1 }) } }]);
      given(decider, [stocked(1)]).when(req('release', 'rq1')).thenState((s) => expect(s.applied['req:rq1:l1']).toBe(true));
    });

    it('records the request that moved a hold, so replaying that request decides nothing', () => {
      const r = reserved('ord:ord_1:l1', 2, { on_hand: 5, reserved: 2 }, null, order('rq1'));
      const allocated: StockEvent = { type: 'ics.stock-allocated', data: { ...t, hold_id: 'ord:ord_1:l1', qty: 2, from_stage: 'reserved', expires_at: null, source: order('rq2'), balance: bal({ on_hand: 5, allocated: 2 }) } };
      given(decider, [stocked(5), r]).when(req('allocate', 'rq2')).then([allocated]);
      given(decider, [stocked(5), r, allocated]).when(req('allocate', 'rq2')).then([]);
    });

    it('allocates, commits and releases the order hold', () => {
      const r = reserved('ord:ord_1:l1', 2, { on_hand: 5, reserved: 2 }, null, order('rq1'));
      given(decider, [stocked(5), r]).when(req('allocate', 'rq2')).thenState((s) => expect(s.holds['ord:ord_1:l1'].stage).toBe('allocated'));
      given(decider, [stocked(5), r]).when(req('commit', 'rq2')).thenState((s) => expect([s.reserved, s.committed]).toEqual([0, 2]));
      given(decider, [stocked(5), r]).when(req('release', 'rq2')).thenState((s) => expect([s.reserved, s.holds]).toEqual([0, {}]));
    });
  });

  describe('shipping', () => {
    const shipment: StockSource = { kind: 'shipment', shipment_id: 's1', order_id: 'o1', line_id: 'l1' };
    it('takes a shortfall of the hold from available, never below zero without the policy', () => {
      given(decider, [stocked(1)]).when({ kind: 'ship', ...t, hold_id: 'ord:o1:l1', qty: 2, source: shipment, policy: strict }).thenRejects('invalid-state', 'insufficient-stock');
      given(decider, [stocked(2)]).when({ kind: 'ship', ...t, hold_id: 'ord:o1:l1', qty: 2, source: shipment, policy: strict }).thenState((s) => expect(s.on_hand).toBe(0));
    });

    it('is idempotent per shipment line', () => {
      const shipped: StockEvent = { type: 'ics.stock-shipped', data: { ...t, hold_id: 'x', qty: 1, from_stage: null, from_hold: 0, from_available: 1, source: shipment, balance: bal({ on_hand: 1 }) } };
      given(decider, [stocked(2), shipped]).when({ kind: 'ship', ...t, hold_id: 'x', qty: 1, source: shipment, policy: strict }).then([]);
    });
  });

  describe('transitions', () => {
    it('moves units between on_hand, quarantine and damaged', () => {
      given(decider, [stocked(5)]).when({ kind: 'transition', ...t, qty: 2, from: 'on_hand', to: 'quarantine', policy: strict })
        .then([{ type: 'ics.stock-transitioned', data: { ...t, qty: 2, from: 'on_hand', to: 'quarantine', source: api, balance: bal({ on_hand: 3, quarantine: 2 }) } }]);
      given(decider, [stocked(5)]).when({ kind: 'transition', ...t, qty: 1, from: 'quarantine', to: 'on_hand', policy: loose }).thenRejects('invalid-state', 'insufficient-stock');
      given(decider, [stocked(5)]).when({ kind: 'transition', ...t, qty: 6, from: 'on_hand', to: 'damaged', policy: strict }).thenRejects('invalid-state', 'insufficient-stock');
      given(decider, [stocked(5)]).when({ kind: 'transition', ...t, qty: 1, from: 'on_hand', to: 'on_hand', policy: strict }).thenRejects('validation-error', 'same-bucket');
    });
  });
});

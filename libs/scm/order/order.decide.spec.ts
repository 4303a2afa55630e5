import { given } from '@g3n/es';
import { orderDecider as decider } from './order.decide';
import {
  committedOrder, created, createCommand, outcome, placed, promiseRequested, recorded, stockRequested,
} from './order.fixtures';

describe('order decider: lifecycle', () => {
  it('creates a draft order with numbered lines, sku and the items\' currency', () => {
    given(decider, []).when(createCommand()).then([created()]);
    given(decider, []).when(createCommand()).thenState((s) => {
      expect(s.status).toBe('draft');
      expect(s.total).toEqual({ amount_minor: 1500, currency: 'USD' });
    });
  });

  it('refuses unknown or unsellable variants, a missing channel or customer, and mixed currencies', () => {
    given(decider, []).when(createCommand({ variants: { var_1: null, var_2: { status: 'active', sku: null } } })).thenRejects('not-found', 'variant-not-found');
    given(decider, []).when(createCommand({ variants: { var_1: { status: 'draft', sku: null }, var_2: { status: 'active', sku: null } } })).thenRejects('invalid-state', 'variant-not-sellable');
    given(decider, []).when(createCommand({ channel: null })).thenRejects('not-found', 'channel-not-found');
    given(decider, []).when(createCommand({ channel: { status: 'inactive', default_currency: 'USD' } })).thenRejects('invalid-state', 'channel-inactive');
    given(decider, []).when(createCommand({ customer: null })).thenRejects('not-found', 'customer-not-found');
    given(decider, []).when(createCommand({ logical: null })).thenRejects('not-found', 'logical-facility-not-found');
    given(decider, []).when(createCommand({ items: [{ variant_id: 'var_1', qty: 1, unit_price_minor: 1, currency: 'EUR' }, { variant_id: 'var_2', qty: 1, unit_price_minor: 1, currency: 'USD' }] }))
      .thenRejects('validation-error', 'currency-mismatch');
    given(decider, []).when(createCommand({ channel: { status: 'active', default_currency: null }, items: [{ variant_id: 'var_1', qty: 1, unit_price_minor: null, currency: null }] }))
      .thenRejects('validation-error', 'currency-required');
  });

  it('counts unpriced lines as nothing in the total', () => {
    given(decider, [created([null, 250])]).when({ kind: 'place', now: 't1' }).then([placed(500)]);
  });

  it('places a draft once', () => {
    given(decider, [created()]).when({ kind: 'place', now: 't1' }).then([placed()]);
    given(decider, [created(), placed()]).when({ kind: 'place', now: 't2' }).thenRejects('invalid-state', 'order-not-draft');
    given(decider, []).when({ kind: 'place', now: 't1' }).thenRejects('not-found', 'order-not-found');
  });

  it('cancels an order and releases the stock its lines hold', () => {
    const held = [created(), placed(), promiseRequested('r1', 'reserve'), stockRequested('r1', 'reserve'), recorded('L1', 'r1', 'reserved', 'reserve')];
    given(decider, held).when({ kind: 'cancel', now: 't3', request_id: 'c1' }).then([
      { type: 'scm.order-cancelled', data: { order_id: 'ord_1', from: 'placed', cancelled_at: 't3' } },
      stockRequested('c1', 'release', ['L1']),
    ]);
    given(decider, [...held, { type: 'scm.order-cancelled', data: { order_id: 'ord_1', from: 'placed', cancelled_at: 't3' } }])
      .when({ kind: 'cancel', now: 't4', request_id: 'c2' }).thenRejects('invalid-state', 'order-not-cancellable');
  });

  it('cancels a line, recomputing the total', () => {
    given(decider, [created()]).when({ kind: 'cancel-line', line_id: 'L2', request_id: 'c1' })
      .then([{ type: 'scm.order-line-cancelled', data: { order_id: 'ord_1', line_id: 'L2', qty: 2 } }]);
    given(decider, [created(), { type: 'scm.order-line-cancelled', data: { order_id: 'ord_1', line_id: 'L2', qty: 2 } }])
      .when({ kind: 'place', now: 't1' }).then([placed(1000)]);
    given(decider, [created()]).when({ kind: 'cancel-line', line_id: 'L9', request_id: 'c1' }).thenRejects('not-found', 'line-not-found');
  });
});

describe('order decider: promises', () => {
  it('reserves every open line in one ICS request', () => {
    given(decider, [created(), placed()]).when({ kind: 'request-stock', action: 'reserve', request_id: 'r1', line_ids: null })
      .then([promiseRequested('r1', 'reserve'), stockRequested('r1', 'reserve')]);
  });

  it('allocates from nothing by reserving first, then chains on the outcome', () => {
    const asked = [created(), placed(), promiseRequested('r1', 'allocate'), stockRequested('r1', 'reserve')];
    given(decider, [created(), placed()]).when({ kind: 'request-stock', action: 'allocate', request_id: 'r1', line_ids: null })
      .then([promiseRequested('r1', 'allocate'), stockRequested('r1', 'reserve')]);
    given(decider, asked).when(outcome('L1', 'r1', 'reserved', 'reserve'))
      .then([recorded('L1', 'r1', 'reserved', 'reserve'), stockRequested('r1.allocate', 'allocate', ['L1'])]);
    const allocating = [...asked, recorded('L1', 'r1', 'reserved', 'reserve'), stockRequested('r1.allocate', 'allocate', ['L1'])];
    given(decider, allocating).when(outcome('L1', 'r1.allocate', 'allocated', 'allocate')).then([recorded('L1', 'r1.allocate', 'allocated', 'allocate')]);
    given(decider, allocating).when(outcome('L1', 'r1.allocate', 'allocated', 'allocate')).thenState((s) => {
      expect(s.lines[0].promise).toMatchObject({ state: 'allocated', held_qty: 2, pending: null, target: null });
      expect(s.lines[1].promise).toMatchObject({ state: 'none', pending: { request_id: 'r1', action: 'reserve' }, target: 'allocated' });
    });
  });

  it('records an ICS answer once', () => {
    const asked = [created(), placed(), promiseRequested('r1', 'reserve'), stockRequested('r1', 'reserve')];
    given(decider, [...asked, recorded('L1', 'r1', 'reserved', 'reserve')]).when(outcome('L1', 'r1', 'reserved', 'reserve')).then([]);
  });

  it('records refusals as the line\'s promise state, with the reason', () => {
    const asked = [created(), placed(), promiseRequested('r1', 'reserve'), stockRequested('r1', 'reserve')];
    given(decider, asked).when(outcome('L1', 'r1', 'refused', 'reserve', 2, 'insufficient-stock'))
      .thenState((s) => expect(s.lines[0].promise).toMatchObject({ state: 'refused', held_qty: 0, pending: null, refusal: { action: 'reserve', reason: 'insufficient-stock' } }));
  });

  it('refuses a promise while one is in flight, on a cancelled order, or with nothing to release', () => {
    const asked = [created(), placed(), promiseRequested('r1', 'reserve'), stockRequested('r1', 'reserve')];
    given(decider, asked).when({ kind: 'request-stock', action: 'allocate', request_id: 'r2', line_ids: ['L1'] }).thenRejects('invalid-state', 'promise-in-flight');
    given(decider, [created(), placed()]).when({ kind: 'request-stock', action: 'release', request_id: 'r2', line_ids: null }).thenRejects('invalid-state', 'nothing-to-promise');
    given(decider, [created(), { type: 'scm.order-cancelled', data: { order_id: 'ord_1', from: 'draft', cancelled_at: 't' } }])
      .when({ kind: 'request-stock', action: 'reserve', request_id: 'r2', line_ids: null }).thenRejects('invalid-state', 'order-not-promisable');
    given(decider, committedOrder()).when({ kind: 'request-stock', action: 'commit', request_id: 'r2', line_ids: ['L1'] }).thenRejects('invalid-state', 'already-committed');
  });

  it('releases a hold that arrives after its order was cancelled', () => {
    const asked = [created(), placed(), promiseRequested('r1', 'reserve'), stockRequested('r1', 'reserve'),
      { type: 'scm.order-cancelled', data: { order_id: 'ord_1', from: 'placed', cancelled_at: 't' } } as const];
    given(decider, asked).when(outcome('L1', 'r1', 'reserved', 'reserve'))
      .then([recorded('L1', 'r1', 'reserved', 'reserve'), stockRequested('r1.release', 'release', ['L1'])]);
  });

  it('ignores answers for orders or lines it does not know', () => {
    given(decider, []).when(outcome('L1', 'r1', 'reserved', 'reserve')).then([]);
    given(decider, [created()]).when(outcome('L9', 'r1', 'reserved', 'reserve')).then([]);
  });

  it('walks a commit request through reserve and allocate to committed', () => {
    given(decider, committedOrder()).when({ kind: 'place', now: 'x' }).thenRejects('invalid-state', 'order-not-draft');
    given(decider, committedOrder()).when({ kind: 'request-stock', action: 'release', request_id: 'r9', line_ids: ['L2'] })
      .thenState((s) => expect(s.lines[1].promise).toMatchObject({ state: 'committed', pending: { request_id: 'r9', action: 'release' } }));
  });
});

import { given } from '@g3n/es';
import { orderDecider as decider } from './order.decide';
import {
  captured, committedOrder, created, delivered, packed, picked, placed, returnReceived, returnRequested, settled, shipmentCreated, shipmentLines, shipped,
  statusChanged, usd,
} from './order.fixtures';

const step = (step: 'pick' | 'pack' | 'ship' | 'deliver' | 'cancel') => ({ kind: 'advance-shipment' as const, shipment_id: 'shp_1', step });
const shippedOrder = () => [...committedOrder(), shipmentCreated, picked, packed, shipped, statusChanged('placed', 'fulfilled')];

describe('order decider: shipments', () => {
  it('creates a shipment from committed, unshipped quantities', () => {
    given(decider, committedOrder()).when({ kind: 'create-shipment', shipment_id: 'shp_1', lines: null }).then([shipmentCreated]);
    given(decider, [...committedOrder(), shipmentCreated]).when({ kind: 'create-shipment', shipment_id: 'shp_2', lines: null }).thenRejects('invalid-state', 'nothing-committed');
    given(decider, committedOrder()).when({ kind: 'create-shipment', shipment_id: 'shp_1', lines: [{ line_id: 'L1', qty: 3 }] }).thenRejects('invalid-state', 'qty-not-committed');
    given(decider, [created(), placed()]).when({ kind: 'create-shipment', shipment_id: 'shp_1', lines: null }).thenRejects('invalid-state', 'nothing-committed');
    given(decider, [created()]).when({ kind: 'create-shipment', shipment_id: 'shp_1', lines: null }).thenRejects('invalid-state', 'order-not-shippable');
  });

  it('goes pick → pack → ship (the contract event) → deliver, moving the order along', () => {
    const base = [...committedOrder(), shipmentCreated];
    given(decider, base).when(step('pick')).then([picked]);
    given(decider, base).when(step('ship')).thenRejects('invalid-state', 'invalid-shipment-transition');
    given(decider, [...base, picked]).when(step('pack')).then([packed]);
    given(decider, [...base, picked, packed]).when(step('ship')).then([shipped, statusChanged('placed', 'fulfilled')]);
    given(decider, shippedOrder()).when(step('deliver')).then([delivered, statusChanged('fulfilled', 'completed')]);
    given(decider, shippedOrder()).when(step('cancel')).thenRejects('invalid-state', 'invalid-shipment-transition');
  });

  it('ships part of an order as partially fulfilled, and consumes the committed hold', () => {
    const partial = [...committedOrder(), { type: 'scm.shipment-created', data: { shipment_id: 'shp_1', order_id: 'ord_1', logical_guid: 'log_1', lines: [shipmentLines[0]] } } as const, picked, packed];
    given(decider, partial).when(step('ship')).thenState((s) => {
      expect(s.status).toBe('partially_fulfilled');
      expect(s.lines[0]).toMatchObject({ shipped_qty: 2, shipping_qty: 0, promise: { held_qty: 0 } });
    });
  });

  it('cancels a shipment before it ships, freeing its quantities', () => {
    given(decider, [...committedOrder(), shipmentCreated, picked]).when(step('cancel'))
      .then([{ type: 'scm.shipment-cancelled', data: { shipment_id: 'shp_1', order_id: 'ord_1', from: 'picked' } }]);
    given(decider, [...committedOrder(), shipmentCreated, { type: 'scm.shipment-cancelled', data: { shipment_id: 'shp_1', order_id: 'ord_1', from: 'created' } }])
      .when({ kind: 'create-shipment', shipment_id: 'shp_2', lines: null }).thenState((s) => expect(s.shipments.shp_2.lines).toEqual(shipmentLines));
  });
});

describe('order decider: tenders', () => {
  it('captures up to the order total, in its currency', () => {
    given(decider, [created(), placed()]).when({ kind: 'capture-tender', tender_id: 'tnd_1', method: 'card', amount: usd(1500), reference: null }).then([captured('tnd_1', 1500)]);
    given(decider, [created(), placed(), captured('tnd_1', 1000)]).when({ kind: 'capture-tender', tender_id: 'tnd_2', method: 'card', amount: usd(501), reference: null })
      .thenRejects('conflict', 'tender-exceeds-balance');
    given(decider, [created(), placed()]).when({ kind: 'capture-tender', tender_id: 'tnd_1', method: 'card', amount: { amount_minor: 1, currency: 'EUR' }, reference: null })
      .thenRejects('validation-error', 'currency-mismatch');
  });

  it('voids only before settlement', () => {
    given(decider, [created(), placed(), captured('tnd_1', 1500)]).when({ kind: 'void-tender', tender_id: 'tnd_1' })
      .then([{ type: 'scm.tender-voided', data: { order_id: 'ord_1', tender_id: 'tnd_1', amount: usd(1500) } }]);
    given(decider, [created(), placed(), captured('tnd_1', 1500), settled('tnd_1', 1500)]).when({ kind: 'void-tender', tender_id: 'tnd_1' })
      .thenRejects('invalid-state', 'tender-not-captured');
  });

  it('settles the order once, when settled tenders cover the total', () => {
    const two = [created(), placed(), captured('tnd_1', 1000), captured('tnd_2', 500)];
    given(decider, two).when({ kind: 'settle-tender', tender_id: 'tnd_1', now: 't5' }).then([settled('tnd_1', 1000)]);
    given(decider, [...two, settled('tnd_1', 1000)]).when({ kind: 'settle-tender', tender_id: 'tnd_2', now: 't6' }).then([
      settled('tnd_2', 500),
      { type: 'scm.order-settled', data: { order_id: 'ord_1', customer_id: 'cus_1', total: usd(1500), settled_at: 't6' } },
    ]);
    given(decider, [...two, settled('tnd_1', 1000)]).when({ kind: 'settle-tender', tender_id: 'tnd_1', now: 't6' }).thenRejects('invalid-state', 'tender-not-captured');
  });
});

describe('order decider: returns and refunds', () => {
  const paid = () => [...shippedOrder(), captured('tnd_1', 1500), settled('tnd_1', 1500)];

  it('returns only shipped quantities', () => {
    given(decider, paid()).when({ kind: 'request-return', return_id: 'ret_1', lines: [{ line_id: 'L1', qty: 1 }] }).then([returnRequested]);
    given(decider, paid()).when({ kind: 'request-return', return_id: 'ret_1', lines: [{ line_id: 'L1', qty: 3 }] }).thenRejects('invalid-state', 'qty-not-returnable');
    given(decider, committedOrder()).when({ kind: 'request-return', return_id: 'ret_1', lines: [{ line_id: 'L1', qty: 1 }] }).thenRejects('invalid-state', 'qty-not-returnable');
    given(decider, [...paid(), returnRequested]).when({ kind: 'receive-return', return_id: 'ret_1' }).then([returnReceived]);
    given(decider, [...paid(), returnRequested, returnReceived]).when({ kind: 'receive-return', return_id: 'ret_1' }).thenRejects('invalid-state', 'return-already-received');
  });

  it('refunds a received return from a settled tender, never more than was paid', () => {
    const refund = (amount: number) => ({ kind: 'issue-refund' as const, refund_id: 'rfd_1', return_id: 'ret_1', tender_id: null, amount: usd(amount) });
    given(decider, [...paid(), returnRequested]).when(refund(500)).thenRejects('invalid-state', 'return-not-received');
    given(decider, [...paid(), returnRequested, returnReceived]).when(refund(500))
      .then([{ type: 'scm.refund-issued', data: { order_id: 'ord_1', refund_id: 'rfd_1', return_id: 'ret_1', tender_id: 'tnd_1', amount: usd(500) } }]);
    given(decider, [...paid(), returnRequested, returnReceived]).when(refund(1501)).thenRejects('conflict', 'refund-exceeds-paid');
    const refunded = { type: 'scm.refund-issued', data: { order_id: 'ord_1', refund_id: 'rfd_0', return_id: 'ret_1', tender_id: 'tnd_1', amount: usd(1200) } } as const;
    given(decider, [...paid(), returnRequested, returnReceived, refunded]).when(refund(301)).thenRejects('conflict', 'refund-exceeds-paid');
    given(decider, [...shippedOrder(), captured('tnd_1', 1500), returnRequested, returnReceived]).when(refund(1)).thenRejects('invalid-state', 'no-settled-tender');
  });
});

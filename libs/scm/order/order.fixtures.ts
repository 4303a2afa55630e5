// Event and command builders shared by the SCM decider specs (test-only helpers).
import type { OrderCommand } from './order.commands';
import type { PromiseAction, PromiseOutcome } from './order.events';
import type { OrderEvent } from './order.state';

export const created = (prices: Array<number | null> = [500, 250], customer_id: string | null = 'cus_1'): OrderEvent => ({
  type: 'scm.order-created',
  data: {
    order_id: 'ord_1', org_guid: 'org1', logical_guid: 'log_1', channel_code: 'web', customer_id, currency: 'USD', source_refs: [],
    lines: prices.map((p, i) => ({ line_id: `L${i + 1}`, variant_id: `var_${i + 1}`, sku: `SKU-${i + 1}`, qty: 2, unit_price_minor: p })),
  },
});
export const placed = (amount = 1500): OrderEvent => ({ type: 'scm.order-placed', data: { order_id: 'ord_1', total: { amount_minor: amount, currency: 'USD' }, placed_at: 't1' } });

export const createCommand = (over: Partial<Extract<OrderCommand, { kind: 'create' }>> = {}): OrderCommand => ({
  kind: 'create', order_id: 'ord_1', org_guid: 'org1', logical_guid: 'log_1', channel_code: 'web', customer_id: 'cus_1', source_refs: [],
  items: [{ variant_id: 'var_1', qty: 2, unit_price_minor: 500, currency: null }, { variant_id: 'var_2', qty: 2, unit_price_minor: 250, currency: 'USD' }],
  variants: { var_1: { status: 'active', sku: 'SKU-1' }, var_2: { status: 'active', sku: 'SKU-2' } },
  channel: { status: 'active', default_currency: 'USD' }, logical: { status: 'active' }, customer: { status: 'active' },
  ...over,
});

export const promiseRequested = (request_id: string, action: PromiseAction, line_ids = ['L1', 'L2']): OrderEvent =>
  ({ type: 'scm.order-promise-requested', data: { order_id: 'ord_1', request_id, action, line_ids } });
export const stockRequested = (request_id: string, action: PromiseAction, line_ids = ['L1', 'L2'], qty = 2): OrderEvent => ({
  type: 'scm.order-stock-requested',
  data: { order_id: 'ord_1', request_id, action, lines: line_ids.map((id) => ({ line_id: id, variant_id: `var_${id.slice(1)}`, logical_guid: 'log_1', qty })) },
});
export const recorded = (line_id: string, request_id: string, outcome: PromiseOutcome, action: PromiseAction, qty = 2, reason: string | null = null): OrderEvent => ({
  type: 'scm.order-promise-recorded',
  data: { order_id: 'ord_1', line_id, request_id, outcome, action, qty, reason, hold_id: outcome === 'refused' ? null : `ord:ord_1:${line_id}`, ics_event_id: `ev-${line_id}-${request_id}-${outcome}` },
});
export const outcome = (line_id: string, request_id: string, o: PromiseOutcome, action: PromiseAction, qty = 2, reason: string | null = null): OrderCommand => ({
  kind: 'record-promise-outcome', ics_event_id: `ev-${line_id}-${request_id}-${o}`, line_id, request_id, outcome: o, action, qty, reason,
  hold_id: o === 'refused' ? null : `ord:ord_1:${line_id}`,
});

/** A placed order whose two lines are committed (2 each), straight from a commit request. */
export const committedOrder = (): OrderEvent[] => [
  created(), placed(),
  promiseRequested('r1', 'commit'), stockRequested('r1', 'reserve'),
  recorded('L1', 'r1', 'reserved', 'reserve'), stockRequested('r1.allocate', 'allocate', ['L1']),
  recorded('L2', 'r1', 'reserved', 'reserve'), stockRequested('r1.allocate', 'allocate', ['L2']),
  recorded('L1', 'r1.allocate', 'allocated', 'allocate'), stockRequested('r1.allocate.commit', 'commit', ['L1']),
  recorded('L2', 'r1.allocate', 'allocated', 'allocate'), stockRequested('r1.allocate.commit', 'commit', ['L2']),
  recorded('L1', 'r1.allocate.commit', 'committed', 'commit'), recorded('L2', 'r1.allocate.commit', 'committed', 'commit'),
];

const ship = (type: string) => ({ type, data: { shipment_id: 'shp_1', order_id: 'ord_1' } }) as OrderEvent;
export const shipmentLines = [{ line_id: 'L1', variant_id: 'var_1', qty: 2 }, { line_id: 'L2', variant_id: 'var_2', qty: 2 }];
export const shipmentCreated: OrderEvent = { type: 'scm.shipment-created', data: { shipment_id: 'shp_1', order_id: 'ord_1', logical_guid: 'log_1', lines: shipmentLines } };
export const picked = ship('scm.shipment-picked');
export const packed = ship('scm.shipment-packed');
export const shipped: OrderEvent = { type: 'scm.shipment-shipped', data: { shipment_id: 'shp_1', order_id: 'ord_1', logical_guid: 'log_1', lines: shipmentLines } };
export const delivered = ship('scm.shipment-delivered');
export const statusChanged = (from: string, to: string) => ({ type: 'scm.order-status-changed', data: { order_id: 'ord_1', from, to } }) as OrderEvent;

export const usd = (amount_minor: number) => ({ amount_minor, currency: 'USD' });
export const captured = (tender_id: string, amount: number): OrderEvent =>
  ({ type: 'scm.tender-captured', data: { order_id: 'ord_1', tender_id, method: 'card', amount: usd(amount), reference: null } });
export const settled = (tender_id: string, amount: number): OrderEvent => ({ type: 'scm.tender-settled', data: { order_id: 'ord_1', tender_id, amount: usd(amount) } });
export const returnRequested: OrderEvent = { type: 'scm.return-requested', data: { order_id: 'ord_1', return_id: 'ret_1', lines: [{ line_id: 'L1', variant_id: 'var_1', qty: 1 }] } };
export const returnReceived: OrderEvent = { type: 'scm.return-received', data: { order_id: 'ord_1', return_id: 'ret_1', lines: [{ line_id: 'L1', variant_id: 'var_1', qty: 1 }] } };

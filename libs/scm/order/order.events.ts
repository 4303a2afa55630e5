import { defineEvent, DomainEvent } from '@g3n/es';

/*
 * Everything that happens to an order is recorded on the order's own stream (`<org>/scm.order/<order_id>`): its
 * lines and status, stock promises, shipments, tenders, returns and refunds. The order is the consistency boundary
 * for every rule that spans them (ship only committed qty, return only shipped qty, refund never more than was paid,
 * settle once), so each rule is checked and recorded in one atomic append.
 */

export type Money = { amount_minor: number; currency: string };
export type PromiseAction = 'reserve' | 'allocate' | 'commit' | 'release';
export type PromiseOutcome = 'reserved' | 'allocated' | 'committed' | 'released' | 'refused';
export type OrderStatus = 'draft' | 'placed' | 'partially_fulfilled' | 'fulfilled' | 'completed' | 'cancelled';

export interface CreatedLine {
  line_id: string;
  variant_id: string;
  sku: string | null;
  qty: number;
  unit_price_minor: number | null;
}

export type OrderCreated = DomainEvent<'scm.order-created', {
  order_id: string; org_guid: string; logical_guid: string; channel_code: string; customer_id: string | null; currency: string;
  lines: CreatedLine[]; source_refs: Array<{ kind: string; id: string }>;
}>;
export type OrderPlaced = DomainEvent<'scm.order-placed', { order_id: string; total: Money; placed_at: string }>;
export type OrderCancelled = DomainEvent<'scm.order-cancelled', { order_id: string; from: OrderStatus; cancelled_at: string }>;
export type OrderLineCancelled = DomainEvent<'scm.order-line-cancelled', { order_id: string; line_id: string; qty: number }>;
export type OrderStatusChanged = DomainEvent<'scm.order-status-changed', { order_id: string; from: OrderStatus; to: OrderStatus }>;
/** The cross-service contract ICS reacts to (exact data). */
export type OrderStockRequested = DomainEvent<'scm.order-stock-requested', {
  order_id: string; request_id: string; action: PromiseAction; lines: Array<{ line_id: string; variant_id: string; logical_guid: string; qty: number }>;
}>;
/** The client's intent: the level each named line should reach (chained through ICS outcomes), or release. */
export type OrderPromiseRequested = DomainEvent<'scm.order-promise-requested', { order_id: string; request_id: string; action: PromiseAction; line_ids: string[] }>;
export type OrderPromiseRecorded = DomainEvent<'scm.order-promise-recorded', {
  order_id: string; line_id: string; request_id: string; outcome: PromiseOutcome; action: PromiseAction; qty: number; reason: string | null;
  hold_id: string | null; ics_event_id: string;
}>;

export type OrderLifecycleEvent = OrderCreated | OrderPlaced | OrderCancelled | OrderLineCancelled | OrderStatusChanged | OrderPromiseRequested | OrderStockRequested | OrderPromiseRecorded;

export const ORDER_STREAM = '<org_guid>/scm.order/<order_id>';
export const str = { type: 'string' };
export const nullableStr = { type: ['string', 'null'] };
export const qty = { type: 'integer', minimum: 1 };
export const money = {
  type: 'object', required: ['amount_minor', 'currency'],
  properties: { amount_minor: { type: 'integer', minimum: 0 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
};
export const obj = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', required, properties });
const actions = { enum: ['reserve', 'allocate', 'commit', 'release'] };
const statuses = { enum: ['draft', 'placed', 'partially_fulfilled', 'fulfilled', 'completed', 'cancelled'] };

export const orderLifecycleEvents = [
  defineEvent({
    type: 'scm.order-created', version: 1, stream: ORDER_STREAM,
    description: 'A draft order was created for a channel and logical facility, with its lines (line ids L1, L2, …), currency and optional customer.',
    schema: obj(['order_id', 'org_guid', 'logical_guid', 'channel_code', 'customer_id', 'currency', 'lines', 'source_refs'], {
      order_id: str, org_guid: str, logical_guid: str, channel_code: str, customer_id: nullableStr, currency: str,
      lines: { type: 'array', minItems: 1, items: obj(['line_id', 'variant_id', 'sku', 'qty', 'unit_price_minor'], {
        line_id: str, variant_id: str, sku: nullableStr, qty, unit_price_minor: { type: ['integer', 'null'], minimum: 0 },
      }) },
      source_refs: { type: 'array', items: obj(['kind', 'id'], { kind: str, id: str }) },
    }),
  }),
  defineEvent({
    type: 'scm.order-placed', version: 1, stream: ORDER_STREAM,
    description: 'A draft order was placed; `total` is the sum of its open priced lines at that moment.',
    schema: obj(['order_id', 'total', 'placed_at'], { order_id: str, total: money, placed_at: str }),
  }),
  defineEvent({
    type: 'scm.order-cancelled', version: 1, stream: ORDER_STREAM,
    description: 'An order with nothing shipped was cancelled; stock it held is released by a following scm.order-stock-requested.',
    schema: obj(['order_id', 'from', 'cancelled_at'], { order_id: str, from: statuses, cancelled_at: str }),
  }),
  defineEvent({
    type: 'scm.order-line-cancelled', version: 1, stream: ORDER_STREAM,
    description: 'One order line was cancelled (`qty` is what it still had open).',
    schema: obj(['order_id', 'line_id', 'qty'], { order_id: str, line_id: str, qty: { type: 'integer', minimum: 0 } }),
  }),
  defineEvent({
    type: 'scm.order-status-changed', version: 1, stream: ORDER_STREAM,
    description: 'An order moved along its fulfillment states (placed → partially_fulfilled → fulfilled → completed) as shipments shipped and were delivered.',
    schema: obj(['order_id', 'from', 'to'], { order_id: str, from: statuses, to: statuses }),
  }),
  defineEvent({
    type: 'scm.order-promise-requested', version: 1, stream: ORDER_STREAM,
    description: 'A client asked for order lines to be reserved, allocated, committed or released; allocate and commit from nothing go through reserve first (each step a scm.order-stock-requested).',
    schema: obj(['order_id', 'request_id', 'action', 'line_ids'], { order_id: str, request_id: str, action: actions, line_ids: { type: 'array', minItems: 1, items: str } }),
  }),
  defineEvent({
    type: 'scm.order-stock-requested', version: 1, stream: ORDER_STREAM,
    description: 'SCM asks ICS to reserve, allocate, commit or release stock for order lines (hold `ord:<order_id>:<line_id>`). ICS answers per line with ics.stock-reserved|allocated|committed|released or ics.stock-request-refused.',
    schema: obj(['order_id', 'request_id', 'action', 'lines'], {
      order_id: str, request_id: str, action: actions,
      lines: { type: 'array', minItems: 1, items: obj(['line_id', 'variant_id', 'logical_guid', 'qty'], { line_id: str, variant_id: str, logical_guid: str, qty }) },
    }),
  }),
  defineEvent({
    type: 'scm.order-promise-recorded', version: 1, stream: ORDER_STREAM,
    description: 'The ICS outcome of a stock request was recorded on the order line (its promise state). `ics_event_id` names the ICS event.',
    schema: obj(['order_id', 'line_id', 'request_id', 'outcome', 'action', 'qty', 'reason', 'hold_id', 'ics_event_id'], {
      order_id: str, line_id: str, request_id: str, outcome: { enum: ['reserved', 'allocated', 'committed', 'released', 'refused'] }, action: actions,
      qty: { type: 'integer', minimum: 0 }, reason: nullableStr, hold_id: nullableStr, ics_event_id: str,
    }),
  }),
];

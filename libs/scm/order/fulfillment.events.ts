import { defineEvent, DomainEvent } from '@g3n/es';
import { Money, money, nullableStr, obj, ORDER_STREAM, qty, str } from './order.events';

/* Shipments, tenders, returns and refunds: recorded on their order's stream (see order.events.ts for why). */

export type ShipmentStatus = 'created' | 'picked' | 'packed' | 'shipped' | 'delivered' | 'cancelled';
export type TenderStatus = 'captured' | 'voided' | 'settled';
export type ReturnStatus = 'requested' | 'received';
export type ShipmentLine = { line_id: string; variant_id: string; qty: number };

export type ShipmentCreated = DomainEvent<'scm.shipment-created', { shipment_id: string; order_id: string; logical_guid: string; lines: ShipmentLine[] }>;
export type ShipmentPicked = DomainEvent<'scm.shipment-picked', { shipment_id: string; order_id: string }>;
export type ShipmentPacked = DomainEvent<'scm.shipment-packed', { shipment_id: string; order_id: string }>;
/** The cross-service contract ICS reacts to (exact data). */
export type ShipmentShipped = DomainEvent<'scm.shipment-shipped', { shipment_id: string; order_id: string; logical_guid: string; lines: ShipmentLine[] }>;
export type ShipmentDelivered = DomainEvent<'scm.shipment-delivered', { shipment_id: string; order_id: string }>;
export type ShipmentCancelled = DomainEvent<'scm.shipment-cancelled', { shipment_id: string; order_id: string; from: ShipmentStatus }>;

export type TenderCaptured = DomainEvent<'scm.tender-captured', { order_id: string; tender_id: string; method: string; amount: Money; reference: string | null }>;
export type TenderVoided = DomainEvent<'scm.tender-voided', { order_id: string; tender_id: string; amount: Money }>;
export type TenderSettled = DomainEvent<'scm.tender-settled', { order_id: string; tender_id: string; amount: Money }>;
/** The cross-service contract CRM reacts to (exact data), emitted once. */
export type OrderSettled = DomainEvent<'scm.order-settled', { order_id: string; customer_id: string | null; total: Money; settled_at: string }>;
export type RefundIssued = DomainEvent<'scm.refund-issued', { order_id: string; refund_id: string; return_id: string; tender_id: string; amount: Money }>;

export type ReturnRequested = DomainEvent<'scm.return-requested', { order_id: string; return_id: string; lines: ShipmentLine[] }>;
export type ReturnReceived = DomainEvent<'scm.return-received', { order_id: string; return_id: string; lines: ShipmentLine[] }>;

export type ShipmentEvent = ShipmentCreated | ShipmentPicked | ShipmentPacked | ShipmentShipped | ShipmentDelivered | ShipmentCancelled;
export type PaymentEvent = TenderCaptured | TenderVoided | TenderSettled | OrderSettled | RefundIssued;
export type ReturnEvent = ReturnRequested | ReturnReceived;

const lines = { type: 'array', minItems: 1, items: obj(['line_id', 'variant_id', 'qty'], { line_id: str, variant_id: str, qty }) };
const shipmentStep = (type: string, description: string) =>
  defineEvent({ type, version: 1, stream: ORDER_STREAM, description, schema: obj(['shipment_id', 'order_id'], { shipment_id: str, order_id: str }) });
const shipmentStatuses = { enum: ['created', 'picked', 'packed', 'shipped', 'delivered', 'cancelled'] };
const tender = (type: string, description: string) =>
  defineEvent({ type, version: 1, stream: ORDER_STREAM, description, schema: obj(['order_id', 'tender_id', 'amount'], { order_id: str, tender_id: str, amount: money }) });

export const fulfillmentEvents = [
  defineEvent({
    type: 'scm.shipment-created', version: 1, stream: ORDER_STREAM,
    description: 'A shipment was created from committed, not yet shipped order line quantities.',
    schema: obj(['shipment_id', 'order_id', 'logical_guid', 'lines'], { shipment_id: str, order_id: str, logical_guid: str, lines }),
  }),
  shipmentStep('scm.shipment-picked', 'A shipment was picked.'),
  shipmentStep('scm.shipment-packed', 'A shipment was packed.'),
  defineEvent({
    type: 'scm.shipment-shipped', version: 1, stream: ORDER_STREAM,
    description: 'A shipment left the logical facility; ICS consumes the committed holds of its lines (on_hand and committed drop).',
    schema: obj(['shipment_id', 'order_id', 'logical_guid', 'lines'], { shipment_id: str, order_id: str, logical_guid: str, lines }),
  }),
  shipmentStep('scm.shipment-delivered', 'A shipment was delivered to the customer.'),
  defineEvent({
    type: 'scm.shipment-cancelled', version: 1, stream: ORDER_STREAM,
    description: 'A shipment was cancelled before it shipped; its quantities can be shipped again.',
    schema: obj(['shipment_id', 'order_id', 'from'], { shipment_id: str, order_id: str, from: shipmentStatuses }),
  }),
  defineEvent({
    type: 'scm.tender-captured', version: 1, stream: ORDER_STREAM,
    description: 'A payment tender was captured against an order (not yet settled).',
    schema: obj(['order_id', 'tender_id', 'method', 'amount', 'reference'], { order_id: str, tender_id: str, method: str, amount: money, reference: nullableStr }),
  }),
  tender('scm.tender-voided', 'A captured tender was voided before settlement.'),
  tender('scm.tender-settled', 'A captured tender was settled (the money is the merchant\'s).'),
  defineEvent({
    type: 'scm.order-settled', version: 1, stream: ORDER_STREAM,
    description: 'Settled tenders now cover the order total; emitted once per order. CRM earns loyalty from it.',
    schema: obj(['order_id', 'customer_id', 'total', 'settled_at'], { order_id: str, customer_id: nullableStr, total: money, settled_at: str }),
  }),
  defineEvent({
    type: 'scm.refund-issued', version: 1, stream: ORDER_STREAM,
    description: 'Money was refunded against a received return, from a settled tender; refunds never exceed what was settled.',
    schema: obj(['order_id', 'refund_id', 'return_id', 'tender_id', 'amount'], { order_id: str, refund_id: str, return_id: str, tender_id: str, amount: money }),
  }),
  defineEvent({
    type: 'scm.return-requested', version: 1, stream: ORDER_STREAM,
    description: 'The customer asked to return shipped quantities of order lines.',
    schema: obj(['order_id', 'return_id', 'lines'], { order_id: str, return_id: str, lines }),
  }),
  defineEvent({
    type: 'scm.return-received', version: 1, stream: ORDER_STREAM,
    description: 'Returned goods arrived back; refunds against the return are now possible.',
    schema: obj(['order_id', 'return_id', 'lines'], { order_id: str, return_id: str, lines }),
  }),
];

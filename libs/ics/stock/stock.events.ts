import { defineEvent, DomainEvent, JsonSchema } from '@g3n/es';

/** Where a hold sits: reserved → allocated → committed (then shipped, or released/expired at any stage). */
export type HoldStage = 'reserved' | 'allocated' | 'committed';
export const HOLD_STAGES: HoldStage[] = ['reserved', 'allocated', 'committed'];

/** Buckets of physical stock /stock/transition moves between; quarantined and damaged units are outside on_hand. */
export type StockBucket = 'on_hand' | 'quarantine' | 'damaged';
export const STOCK_BUCKETS: StockBucket[] = ['on_hand', 'quarantine', 'damaged'];

/** The levels after the movement: every stock event carries them, so the ledger's running balance needs no reads. */
export interface StockBalance {
  on_hand: number;
  reserved: number;
  allocated: number;
  committed: number;
  available: number;
  quarantine: number;
  damaged: number;
}

/**
 * Why the stock moved, as plain JSON. `order` comes from SCM's stock requests, `shipment` from SCM shipments,
 * `pcm-receipt` from PCM receipts, `ics-receipt` from /ics/receive/record, `api` from the ICS routes themselves.
 */
export type StockSource =
  | { kind: 'order'; order_id: string; line_id: string; request_id: string }
  | { kind: 'shipment'; shipment_id: string; order_id: string; line_id: string }
  | { kind: 'pcm-receipt'; receipt_id: string; po_id: string; po_line_id: string }
  | { kind: 'ics-receipt'; receipt_id: string; line_id: string }
  | { kind: 'api' };

export type OrderStockAction = 'reserve' | 'allocate' | 'commit' | 'release';

type Key = { logical_guid: string; variant_id: string; balance: StockBalance };
type HoldData = Key & { qty: number; hold_id: string; source: StockSource };

export type StockAdjusted = DomainEvent<'ics.stock-adjusted', Key & { qty_delta: number; source: StockSource }>;
export type StockReceived = DomainEvent<'ics.stock-received', Key & { qty: number; source: StockSource }>;
export type StockReserved = DomainEvent<'ics.stock-reserved', HoldData & { expires_at: string | null }>;
export type StockAllocated = DomainEvent<'ics.stock-allocated', HoldData & { from_stage: HoldStage | null; expires_at: string | null }>;
export type StockCommitted = DomainEvent<'ics.stock-committed', HoldData & { from_stage: HoldStage | null }>;
export type StockReleased = DomainEvent<'ics.stock-released', HoldData & { from_stage: HoldStage }>;
export type StockHoldExpired = DomainEvent<'ics.stock-hold-expired', HoldData & { from_stage: HoldStage; expires_at: string }>;
/** `from_hold` units came out of the hold's bucket, `from_available` straight off the shelf (no or short hold). */
export type StockShipped = DomainEvent<'ics.stock-shipped', Key & { qty: number; hold_id: string; from_stage: HoldStage | null; from_hold: number; from_available: number; source: StockSource }>;
export type StockTransitioned = DomainEvent<'ics.stock-transitioned', Key & { qty: number; from: StockBucket; to: StockBucket; source: StockSource }>;
export type StockRequestRefused = DomainEvent<'ics.stock-request-refused', Key & { qty: number; hold_id: string; action: OrderStockAction; reason: string; source: StockSource }>;

export type StockEvent =
  | StockAdjusted | StockReceived | StockReserved | StockAllocated | StockCommitted | StockReleased | StockHoldExpired
  | StockShipped | StockTransitioned | StockRequestRefused;

const stream = '<org_guid>/ics.stock/<logical_guid>:<variant_id>';
const int = { type: 'integer' };
const balance = {
  type: 'object',
  required: ['on_hand', 'reserved', 'allocated', 'committed', 'available', 'quarantine', 'damaged'],
  properties: { on_hand: int, reserved: int, allocated: int, committed: int, available: int, quarantine: int, damaged: int },
};
const source = { type: 'object', required: ['kind'], properties: { kind: { enum: ['order', 'shipment', 'pcm-receipt', 'ics-receipt', 'api'] } } };
const stage = { enum: ['reserved', 'allocated', 'committed'] };
const nullableStage = { enum: ['reserved', 'allocated', 'committed', null] };
const time = { type: ['string', 'null'], format: 'date-time' };

function schema(required: string[], properties: Record<string, unknown>): JsonSchema {
  return {
    type: 'object',
    required: ['logical_guid', 'variant_id', 'balance', 'source', ...required],
    properties: { logical_guid: { type: 'string' }, variant_id: { type: 'string' }, balance, source, ...properties },
  };
}

const hold = { qty: { type: 'integer', minimum: 1 }, hold_id: { type: 'string' } };
const def = (type: string, description: string, s: JsonSchema) => defineEvent({ type, version: 1, description, stream, schema: s });

export const stockEvents = [
  def('ics.stock-adjusted', 'On-hand stock of a variant at a logical facility was adjusted by `qty_delta` (may be negative); `balance` is after it.', schema(['qty_delta'], { qty_delta: int })),
  def('ics.stock-received', 'Units were received into on-hand stock (ICS receipt or PCM receipt, see `source`).', schema(['qty'], { qty: hold.qty })),
  def('ics.stock-reserved', 'A hold `hold_id` reserved `qty` available units (order promise, cart, manual), optionally until `expires_at`.', schema(['qty', 'hold_id', 'expires_at'], { ...hold, expires_at: time })),
  def('ics.stock-allocated', 'A hold moved to allocated (from its `from_stage`, or straight from available when null).', schema(['qty', 'hold_id', 'from_stage'], { ...hold, from_stage: nullableStage, expires_at: time })),
  def('ics.stock-committed', 'A hold moved to committed (from its `from_stage`, or straight from available when null): the units will ship.', schema(['qty', 'hold_id', 'from_stage'], { ...hold, from_stage: nullableStage })),
  def('ics.stock-released', 'A hold was released from `from_stage`; its units are available again.', schema(['qty', 'hold_id', 'from_stage'], { ...hold, from_stage: stage })),
  def('ics.stock-hold-expired', 'A hold passed its `expires_at` and was expired; its units are available again.', schema(['qty', 'hold_id', 'from_stage', 'expires_at'], { ...hold, from_stage: stage, expires_at: time })),
  def('ics.stock-shipped', 'Units left the facility on a shipment: on_hand −qty, taken from the hold (`from_hold`) and any remainder from available.', schema(['qty', 'hold_id', 'from_stage', 'from_hold', 'from_available'], { ...hold, from_stage: nullableStage, from_hold: int, from_available: int })),
  def('ics.stock-transitioned', 'Units moved between physical buckets (on_hand, quarantine, damaged).', schema(['qty', 'from', 'to'], { qty: hold.qty, from: { enum: ['on_hand', 'quarantine', 'damaged'] }, to: { enum: ['on_hand', 'quarantine', 'damaged'] } })),
  def('ics.stock-request-refused', 'A stock request (SCM order line) was refused: `reason` names why (insufficient-stock, hold-not-found, …). Stock did not move.', schema(['qty', 'hold_id', 'action', 'reason'], { ...hold, qty: int, action: { enum: ['reserve', 'allocate', 'commit', 'release'] }, reason: { type: 'string' } })),
];

import type { Money, PromiseAction, PromiseOutcome } from './order.events';

/** What the handler found about a record another service owns (null: not in this org). */
export type Found<T = { status: string }> = T | null;

export interface OrderItem { variant_id: string; qty: number; unit_price_minor: number | null; currency: string | null }
export type LineQty = { line_id: string; qty: number };

export type OrderCommand =
  | {
    kind: 'create'; order_id: string; org_guid: string; logical_guid: string; channel_code: string; customer_id: string | null; items: OrderItem[];
    variants: Record<string, Found<{ status: string; sku: string | null }>>; channel: Found<{ status: string; default_currency: string | null }>;
    logical: Found; customer: Found | undefined; source_refs: Array<{ kind: string; id: string }>;
  }
  | { kind: 'place'; now: string }
  | { kind: 'cancel'; now: string; request_id: string }
  | { kind: 'cancel-line'; line_id: string; request_id: string }
  | { kind: 'request-stock'; action: PromiseAction; request_id: string; line_ids: string[] | null }
  | {
    kind: 'record-promise-outcome'; ics_event_id: string; line_id: string; request_id: string; outcome: PromiseOutcome; action: PromiseAction;
    qty: number; reason: string | null; hold_id: string | null;
  }
  | { kind: 'create-shipment'; shipment_id: string; lines: LineQty[] | null }
  | { kind: 'advance-shipment'; shipment_id: string; step: 'pick' | 'pack' | 'ship' | 'deliver' | 'cancel' }
  | { kind: 'capture-tender'; tender_id: string; method: string; amount: Money; reference: string | null }
  | { kind: 'void-tender'; tender_id: string }
  | { kind: 'settle-tender'; tender_id: string; now: string }
  | { kind: 'request-return'; return_id: string; lines: LineQty[] }
  | { kind: 'receive-return'; return_id: string }
  | { kind: 'issue-refund'; refund_id: string; return_id: string; tender_id: string | null; amount: Money };

export type Cmd<K extends OrderCommand['kind']> = Extract<OrderCommand, { kind: K }>;

import type { Doc } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';
import type { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import { fulfillmentEvents } from '../../libs/scm/order/fulfillment.events';
import { orderLifecycleEvents } from '../../libs/scm/order/order.events';
import { evolveOrder, initialOrderState, OrderEvent, OrderState } from '../../libs/scm/order/order.state';

export const SCM_ORDERS = 'scm_orders';
export const SCM_SHIPMENTS = 'scm_shipments';
export const SCM_TENDERS = 'scm_tenders';
export const SCM_RETURNS = 'scm_returns';

type Meta = { org_guid: string; revision: number; created_at: string; updated_at: string };
/** The order's folded state (minus decider bookkeeping), plus search keys and record metadata. */
export type OrderDoc = Doc & Omit<OrderState, 'exists' | 'recorded_ics_events'> & Meta & { variant_ids: string[]; source_ref_keys: string[] };
export type ChildDoc = Doc & Meta & Record<string, unknown>;

/** Status timestamps a child record keeps (`<status>_at`), so clients see when each step happened. */
const STAMP: Record<string, string> = {
  'scm.shipment-picked': 'picked_at', 'scm.shipment-packed': 'packed_at', 'scm.shipment-shipped': 'shipped_at', 'scm.shipment-delivered': 'delivered_at',
  'scm.shipment-cancelled': 'cancelled_at', 'scm.tender-voided': 'voided_at', 'scm.tender-settled': 'settled_at', 'scm.return-received': 'received_at',
};

/*
 * stateOf and toDoc name every field instead of `const { _id, …, ...state } = doc` and `{ _id, ...state, revision, … }`:
 * V8 (Node 20) copies rest properties and adds each key that follows a spread through slow runtime calls (about
 * 1 µs a key), which made this the costliest projection of a rebuild. The types keep both lists complete.
 */

/** The order's state back from its stored document (the handler's own copy). */
function stateOf(doc: OrderDoc | null): OrderState {
  if (!doc) return initialOrderState();
  return {
    exists: true, order_id: doc.order_id, org_guid: doc.org_guid, logical_guid: doc.logical_guid, channel_code: doc.channel_code,
    customer_id: doc.customer_id, currency: doc.currency, status: doc.status, lines: doc.lines, total: doc.total,
    unpriced_line_count: doc.unpriced_line_count, payment: doc.payment, shipments: doc.shipments, tenders: doc.tenders,
    returns: doc.returns, refunds: doc.refunds, source_refs: doc.source_refs, placed_at: doc.placed_at, cancelled_at: doc.cancelled_at,
    recorded_ics_events: [],
  };
}

/** The stored document: the state without the decider's bookkeeping, plus search keys and record metadata. */
function toDoc(id: string, s: OrderState, revision: number, createdAt: string, updatedAt: string): OrderDoc {
  return {
    _id: id, order_id: s.order_id, org_guid: s.org_guid, logical_guid: s.logical_guid, channel_code: s.channel_code,
    customer_id: s.customer_id, currency: s.currency, status: s.status, lines: s.lines, total: s.total,
    unpriced_line_count: s.unpriced_line_count, payment: s.payment, shipments: s.shipments, tenders: s.tenders,
    returns: s.returns, refunds: s.refunds, source_refs: s.source_refs, placed_at: s.placed_at, cancelled_at: s.cancelled_at,
    revision, created_at: createdAt, updated_at: updatedAt,
    variant_ids: [...new Set(s.lines.map((l) => l.variant_id))], source_ref_keys: s.source_refs.map((r) => `${r.kind}:${r.id}`),
  };
}

async function putChild(ctx: ProjectionContext, collection: string, id: string, record: object | undefined, e: RecordedEvent, org: string): Promise<void> {
  if (!record) return;
  const at = e.metadata.occurred_at;
  const previous = await ctx.get<ChildDoc>(collection, id);
  const stamp = STAMP[e.type];
  ctx.put<ChildDoc>(collection, {
    ...(previous ?? {}), ...record, _id: id, org_guid: org, revision: e.revision, created_at: previous?.created_at ?? at, updated_at: at,
    ...(stamp ? { [stamp]: at } : {}),
  });
}

/**
 * One projection folds each order stream with the decider's own evolve (pure, so rebuilds agree with the write
 * side) into the order document, and keeps a document per shipment, tender and return for their get/list routes.
 * Every record's `revision` is its order stream's revision.
 */
async function applyOrderEvent(e: RecordedEvent, ctx: ProjectionContext): Promise<void> {
  const event = { type: e.type, data: e.data } as OrderEvent;
  const orderId = String(e.data.order_id);
  const previous = await ctx.get<OrderDoc>(SCM_ORDERS, orderId);
  if (!previous && e.type !== 'scm.order-created') return;
  const state = evolveOrder(stateOf(previous), event);
  const at = e.metadata.occurred_at;
  ctx.put<OrderDoc>(SCM_ORDERS, toDoc(orderId, state, e.revision, previous?.created_at ?? at, at));
  const d = e.data as { shipment_id?: string; tender_id?: string; return_id?: string };
  if (d.shipment_id) await putChild(ctx, SCM_SHIPMENTS, d.shipment_id, state.shipments[d.shipment_id], e, state.org_guid);
  if (d.tender_id) await putChild(ctx, SCM_TENDERS, d.tender_id, state.tenders[d.tender_id], e, state.org_guid);
  if (d.return_id) {
    const refunds = state.refunds.filter((r) => r.return_id === d.return_id);
    await putChild(ctx, SCM_RETURNS, d.return_id, { ...state.returns[d.return_id], refunds }, e, state.org_guid);
  }
}

const byOrg = (...fields: string[]) => ({ fields: ['org_guid', ...fields] });

export const scmOrdersProjection: ProjectionDefinition = {
  name: 'scm.orders',
  version: 1,
  collections: [
    { name: SCM_ORDERS, indexes: [byOrg('-created_at'), byOrg('status', '-created_at'), byOrg('customer_id', '-created_at'), byOrg('channel_code', '-created_at')] },
    { name: SCM_SHIPMENTS, indexes: [byOrg('order_id', 'created_at'), byOrg('status', 'created_at')] },
    { name: SCM_TENDERS, indexes: [byOrg('order_id', 'created_at'), byOrg('status', 'created_at')] },
    { name: SCM_RETURNS, indexes: [byOrg('order_id', 'created_at'), byOrg('status', 'created_at')] },
  ],
  handlers: Object.fromEntries([...orderLifecycleEvents, ...fulfillmentEvents].map((d) => [d.type, applyOrderEvent])),
};

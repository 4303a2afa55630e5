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

function stateOf(doc: OrderDoc | null): OrderState {
  if (!doc) return initialOrderState();
  const { _id, revision: _r, created_at: _c, updated_at: _u, variant_ids: _v, source_ref_keys: _s, ...state } = doc;
  return { ...initialOrderState(), ...state, exists: true, recorded_ics_events: [] };
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
  const { exists: _x, recorded_ics_events: _r, ...state } = evolveOrder(stateOf(previous), event);
  const at = e.metadata.occurred_at;
  ctx.put<OrderDoc>(SCM_ORDERS, {
    _id: orderId, ...state, revision: e.revision, created_at: previous?.created_at ?? at, updated_at: at,
    variant_ids: [...new Set(state.lines.map((l) => l.variant_id))], source_ref_keys: state.source_refs.map((r) => `${r.kind}:${r.id}`),
  });
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

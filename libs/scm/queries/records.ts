import type { Doc } from '@g3n/docstore';
import type { OrderDoc } from '../../../projections/scm/orders.projection';

/** The order as the API answers it: its shipments, tenders and returns as lists, search keys left out. */
export function toOrderRecord(doc: OrderDoc): Record<string, unknown> {
  const { _id, variant_ids: _v, source_ref_keys: _s, shipments, tenders, returns, ...order } = doc;
  return {
    ...order,
    shipments: Object.values(shipments).map(({ shipment_id, status }) => ({ shipment_id, status })),
    tenders: Object.values(tenders).map(({ tender_id, status, method, amount, refunded_minor }) => ({ tender_id, status, method, amount, refunded_minor })),
    returns: Object.values(returns).map(({ return_id, status, refunded_minor }) => ({ return_id, status, refunded_minor })),
  };
}

export function toChildRecord(doc: Doc): Record<string, unknown> {
  const { _id, ...record } = doc;
  return record;
}

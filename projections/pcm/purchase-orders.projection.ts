import type { ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { billedQty, InvoiceClaim, withClaim, withoutClaim } from '../../libs/pcm/po/po.state';
import { created, dataOf, PcmDoc, touched } from './pcm-docs';

export const PCM_POS = 'pcm_pos';
export const PCM_RECEIPTS = 'pcm_receipts';

export interface PoLineDoc {
  po_line_id: string;
  variant_id: string;
  qty: number;
  unit_cost_minor: number;
  line_total_minor: number;
  received_qty: number;
  open_qty: number;
  /** Billed by the PO's invoices, except rejected ones (mismatched and disputed invoices count: they may be paid). */
  invoiced_qty: number;
}


export interface PoDoc extends PcmDoc {
  po_id: string;
  vendor_id: string;
  logical_guid: string;
  currency: string;
  status: string;
  lines: PoLineDoc[];
  total_minor: number;
  receipt_ids: string[];
  /** The PO's billing ledger: each invoice's claim, in the order they were made; a rejected invoice's is gone. */
  invoice_claims: InvoiceClaim[];
  created_by: string;
  approved_at: string | null;
  approved_by: string | null;
  issued_at: string | null;
  issued_by: string | null;
}

export interface ReceiptDoc extends PcmDoc {
  receipt_id: string;
  po_id: string;
  vendor_id: string | null;
  logical_guid: string;
  lines: Array<{ po_line_id: string; variant_id: string; qty: number }>;
  total_qty: number;
  recorded_by: string;
  reason: string | null;
  source_refs: Array<{ kind: string; id: string }>;
}

const statusOf = (lines: PoLineDoc[]) =>
  lines.every((l) => l.open_qty === 0) ? 'received' : lines.some((l) => l.received_qty > 0) ? 'partially_received' : 'issued';

function receive(doc: PoDoc | null, e: RecordedEvent): PoDoc | undefined {
  if (!doc) return undefined;
  const qtyByLine = new Map<string, number>(dataOf(e).lines.map((l: { po_line_id: string; qty: number }) => [l.po_line_id, l.qty]));
  const lines = doc.lines.map((l) => {
    const received_qty = l.received_qty + (qtyByLine.get(l.po_line_id) ?? 0);
    return { ...l, received_qty, open_qty: Math.max(0, l.qty - received_qty) };
  });
  return touched(doc, e, { lines, status: statusOf(lines), receipt_ids: [...doc.receipt_ids, String(e.data.receipt_id)] });
}

/** The ledger after a change (the decider's own `withClaim`/`withoutClaim`), and each line's invoiced qty from it. */
function billed(doc: PoDoc | null, e: RecordedEvent, change: (claims: InvoiceClaim[]) => InvoiceClaim[]): PoDoc | undefined {
  if (!doc) return undefined;
  const invoice_claims = change(doc.invoice_claims);
  const qty = billedQty(invoice_claims);
  return touched(doc, e, { invoice_claims, lines: doc.lines.map((l) => ({ ...l, invoiced_qty: qty.get(l.po_line_id) ?? 0 })) });
}

/**
 * Purchase orders (with per-line received, open and invoiced qty) and the receipts recorded against them. Receipts live
 * in their PO's stream (so over-receipt is refused atomically); a receipt never changes, its `revision` is 0.
 */
export const pcmPurchaseOrdersProjection: ProjectionDefinition = {
  name: 'pcm.purchase-orders',
  // 2: invoiced_qty per line and invoice_claims (the billing ledger).
  version: 2,
  collections: [
    {
      name: PCM_POS,
      indexes: [
        { fields: ['org_guid', 'created_at'] },
        { fields: ['org_guid', 'status', 'created_at'] },
        { fields: ['org_guid', 'vendor_id', 'created_at'] },
        { fields: ['org_guid', 'logical_guid', 'created_at'] },
      ],
    },
    { name: PCM_RECEIPTS, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'po_id', 'created_at'] }, { fields: ['org_guid', 'logical_guid', 'created_at'] }] },
  ],
  handlers: {
    'pcm.po-created': (e, ctx) => {
      const d = dataOf(e);
      const lines: PoLineDoc[] = d.lines.map((l: PoLineDoc) => ({
        po_line_id: l.po_line_id, variant_id: l.variant_id, qty: l.qty, unit_cost_minor: l.unit_cost_minor,
        line_total_minor: l.qty * l.unit_cost_minor, received_qty: 0, open_qty: l.qty, invoiced_qty: 0,
      }));
      ctx.put<PoDoc>(PCM_POS, {
        _id: d.po_id, po_id: d.po_id, org_guid: d.org_guid, vendor_id: d.vendor_id, logical_guid: d.logical_guid, currency: d.currency,
        status: 'draft', lines, total_minor: d.total_minor, receipt_ids: [], invoice_claims: [], created_by: e.metadata.actor,
        approved_at: null, approved_by: null, issued_at: null, issued_by: null, ...created(e),
      });
    },
    'pcm.po-approved': (e, ctx) =>
      ctx.update<PoDoc>(PCM_POS, String(e.data.po_id), (doc) => touched(doc, e, { status: 'approved', approved_at: e.metadata.occurred_at, approved_by: e.metadata.actor })),
    'pcm.po-issued': (e, ctx) =>
      ctx.update<PoDoc>(PCM_POS, String(e.data.po_id), (doc) => touched(doc, e, { status: 'issued', issued_at: e.metadata.occurred_at, issued_by: e.metadata.actor })),
    'pcm.po-cancelled': (e, ctx) => ctx.update<PoDoc>(PCM_POS, String(e.data.po_id), (doc) => touched(doc, e, { status: 'cancelled' })),
    'pcm.po-closed': (e, ctx) => ctx.update<PoDoc>(PCM_POS, String(e.data.po_id), (doc) => touched(doc, e, { status: 'closed' })),
    'pcm.po-invoice-billed': (e, ctx) =>
      ctx.update<PoDoc>(PCM_POS, String(e.data.po_id), (doc) => billed(doc, e, (claims) => withClaim(claims, { invoice_id: String(e.data.invoice_id), lines: dataOf(e).lines }))),
    'pcm.po-invoice-released': (e, ctx) =>
      ctx.update<PoDoc>(PCM_POS, String(e.data.po_id), (doc) => billed(doc, e, (claims) => withoutClaim(claims, String(e.data.invoice_id)))),
    'pcm.receipt-recorded': async (e, ctx) => {
      const d = dataOf(e);
      const po = await ctx.get<PoDoc>(PCM_POS, d.po_id);
      const lines = d.lines.map((l: { po_line_id: string; variant_id: string; qty: number }) => ({ po_line_id: l.po_line_id, variant_id: l.variant_id, qty: l.qty }));
      ctx.put<ReceiptDoc>(PCM_RECEIPTS, {
        _id: d.receipt_id, receipt_id: d.receipt_id, org_guid: e.tenant, po_id: d.po_id, vendor_id: po?.vendor_id ?? null, logical_guid: d.logical_guid,
        lines, total_qty: lines.reduce((sum: number, l: { qty: number }) => sum + l.qty, 0),
        recorded_by: e.metadata.actor, reason: e.metadata.reason ?? null, source_refs: e.metadata.source_refs ?? [],
        revision: 0, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
      });
      await ctx.update<PoDoc>(PCM_POS, d.po_id, (doc) => receive(doc, e));
    },
  },
};

import type { ProjectionDefinition, ProjectionHandler } from '@g3n/es';
import { created, dataOf, PcmDoc, touched } from './pcm-docs';

export const PCM_INVOICES = 'pcm_invoices';

export interface InvoiceDoc extends PcmDoc {
  invoice_id: string;
  po_id: string;
  vendor_id: string;
  invoice_number: string;
  currency: string;
  total_minor: number;
  expected_total_minor: number;
  tolerance: { price_pct_bps: number; price_abs_minor: number };
  /** matched | mismatched | disputed | resolved */
  status: string;
  /** The outcome of the three-way match itself; never changes after it. */
  match_status: 'matched' | 'mismatched';
  reasons: string[];
  lines: Array<{ variant_id: string; po_line_id: string | null; qty: number; status: string; reasons: string[] } & Record<string, unknown>>;
  dispute_note: string | null;
  disputed_at: string | null;
  resolution: 'accepted' | 'rejected' | null;
  approved_total_minor: number | null;
  resolution_note: string | null;
  resolved_at: string | null;
  matched_by: string;
}

const matched = (status: 'matched' | 'mismatched'): ProjectionHandler => (e, ctx) => {
  const d = dataOf(e);
  ctx.put<InvoiceDoc>(PCM_INVOICES, {
    _id: d.invoice_id, invoice_id: d.invoice_id, org_guid: d.org_guid, po_id: d.po_id, vendor_id: d.vendor_id, invoice_number: d.invoice_number,
    currency: d.currency, total_minor: d.total_minor, expected_total_minor: d.expected_total_minor, tolerance: d.tolerance,
    status, match_status: status, reasons: d.reasons, lines: d.lines,
    dispute_note: null, disputed_at: null, resolution: null, approved_total_minor: null, resolution_note: null, resolved_at: null,
    // A clean match is approved to pay as billed.
    ...(status === 'matched' ? { approved_total_minor: d.total_minor } : {}),
    matched_by: e.metadata.actor, ...created(e),
  });
};

/** Vendor invoices with their three-way match result, dispute and resolution. */
export const pcmInvoicesProjection: ProjectionDefinition = {
  name: 'pcm.invoices',
  version: 1,
  collections: [{
    name: PCM_INVOICES,
    indexes: [
      { fields: ['org_guid', 'created_at'] },
      { fields: ['org_guid', 'po_id', 'created_at'] },
      { fields: ['org_guid', 'status', 'created_at'] },
      { fields: ['org_guid', 'vendor_id', 'created_at'] },
    ],
  }],
  handlers: {
    'pcm.invoice-matched': matched('matched'),
    'pcm.invoice-mismatched': matched('mismatched'),
    'pcm.invoice-disputed': (e, ctx) =>
      ctx.update<InvoiceDoc>(PCM_INVOICES, String(e.data.invoice_id), (doc) =>
        touched(doc, e, { status: 'disputed', dispute_note: (e.data.note as string | null) ?? null, disputed_at: e.metadata.occurred_at })),
    'pcm.invoice-resolved': (e, ctx) => {
      const d = dataOf(e);
      return ctx.update<InvoiceDoc>(PCM_INVOICES, d.invoice_id, (doc) =>
        touched(doc, e, { status: 'resolved', resolution: d.resolution, approved_total_minor: d.approved_total_minor, resolution_note: d.note, resolved_at: e.metadata.occurred_at }));
    },
  },
};

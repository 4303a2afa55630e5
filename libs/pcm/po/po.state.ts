import type { BilledLine, PoEvent, PoLine } from './po.events';

export const PO_STATUSES = ['draft', 'approved', 'issued', 'partially_received', 'received', 'closed', 'cancelled'] as const;
export type PoStatus = (typeof PO_STATUSES)[number];

export interface PoLineState extends PoLine {
  received_qty: number;
}

export interface PoState {
  exists: boolean;
  po_id: string;
  org_guid: string;
  vendor_id: string;
  logical_guid: string;
  currency: string;
  status: PoStatus;
  lines: PoLineState[];
  total_minor: number;
  receipt_ids: string[];
  /** The billing ledger: each invoice's claim, in the order the claims were made (a replaced claim moves last). */
  billed: InvoiceClaim[];
  /** Invoices rejected after billing this PO: their claims are gone and they never bill it again. */
  released_invoice_ids: string[];
}

/** One invoice's claim on a PO: the qty it bills of each PO line. */
export interface InvoiceClaim {
  invoice_id: string;
  lines: BilledLine[];
}

export const withoutClaim = (claims: InvoiceClaim[], invoiceId: string): InvoiceClaim[] => claims.filter((c) => c.invoice_id !== invoiceId);
/** A claim joins the ledger last; a later claim of the same invoice replaces (and moves) its earlier one. */
export const withClaim = (claims: InvoiceClaim[], claim: InvoiceClaim): InvoiceClaim[] => [...withoutClaim(claims, claim.invoice_id), claim];

/** Σ qty per PO line over these claims. */
export function billedQty(claims: InvoiceClaim[]): Map<string, number> {
  const billed = new Map<string, number>();
  for (const claim of claims) for (const line of claim.lines) billed.set(line.po_line_id, (billed.get(line.po_line_id) ?? 0) + line.qty);
  return billed;
}

export const initialPoState = (): PoState => ({
  exists: false, po_id: '', org_guid: '', vendor_id: '', logical_guid: '', currency: '', status: 'draft', lines: [], total_minor: 0, receipt_ids: [], billed: [], released_invoice_ids: [],
});

/** Receiving status follows from the lines: everything in → received, anything in → partially received. */
export function receivingStatus(lines: Array<{ qty: number; received_qty: number }>): PoStatus {
  if (lines.every((l) => l.received_qty >= l.qty)) return 'received';
  return lines.some((l) => l.received_qty > 0) ? 'partially_received' : 'issued';
}

export function evolvePo(state: PoState, event: PoEvent): PoState {
  switch (event.type) {
    case 'pcm.po-created': {
      const { lines, ...rest } = event.data;
      return { ...state, ...rest, exists: true, status: 'draft', lines: lines.map((l) => ({ ...l, received_qty: 0 })), receipt_ids: [] };
    }
    case 'pcm.po-approved':
      return { ...state, status: 'approved' };
    case 'pcm.po-issued':
      return { ...state, status: 'issued' };
    case 'pcm.receipt-recorded': {
      const received = new Map(event.data.lines.map((l) => [l.po_line_id, l.qty]));
      const lines = state.lines.map((l) => ({ ...l, received_qty: l.received_qty + (received.get(l.po_line_id) ?? 0) }));
      return { ...state, lines, status: receivingStatus(lines), receipt_ids: [...state.receipt_ids, event.data.receipt_id] };
    }
    case 'pcm.po-cancelled':
      return { ...state, status: 'cancelled' };
    case 'pcm.po-closed':
      return { ...state, status: 'closed' };
    case 'pcm.po-invoice-billed':
      return { ...state, billed: withClaim(state.billed, { invoice_id: event.data.invoice_id, lines: event.data.lines }) };
    case 'pcm.po-invoice-released': {
      const { invoice_id } = event.data;
      return { ...state, billed: withoutClaim(state.billed, invoice_id), released_invoice_ids: [...state.released_invoice_ids, invoice_id] };
    }
  }
}

/**
 * What the invoices whose claims came before `invoiceId`'s billed of each PO line (all claims when it has none): the
 * qty an invoice's three-way match must not bill again. Claims are ordered by the PO's stream, so invoices matched
 * at the same moment each see the ones that claimed first, and never each other's qty twice.
 */
export function billedBefore(state: PoState, invoiceId: string): Map<string, number> {
  const own = state.billed.findIndex((c) => c.invoice_id === invoiceId);
  return billedQty(own < 0 ? state.billed : state.billed.slice(0, own));
}

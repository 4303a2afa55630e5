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
  billed: Array<{ invoice_id: string; lines: BilledLine[] }>;
  /** Invoices rejected after billing this PO: their claims are gone and they never bill it again. */
  released_invoice_ids: string[];
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
    case 'pcm.po-invoice-billed': {
      const { invoice_id, lines } = event.data;
      return { ...state, billed: [...state.billed.filter((b) => b.invoice_id !== invoice_id), { invoice_id, lines }] };
    }
    case 'pcm.po-invoice-released': {
      const { invoice_id } = event.data;
      return { ...state, billed: state.billed.filter((b) => b.invoice_id !== invoice_id), released_invoice_ids: [...state.released_invoice_ids, invoice_id] };
    }
  }
}

/**
 * What the invoices whose claims came before `invoiceId`'s billed of each PO line (all claims when it has none): the
 * qty an invoice's three-way match must not bill again. Claims are ordered by the PO's stream, so invoices matched
 * at the same moment each see the ones that claimed first, and never each other's qty twice.
 */
export function billedBefore(state: PoState, invoiceId: string): Map<string, number> {
  const billed = new Map<string, number>();
  for (const claim of state.billed) {
    if (claim.invoice_id === invoiceId) break;
    for (const line of claim.lines) billed.set(line.po_line_id, (billed.get(line.po_line_id) ?? 0) + line.qty);
  }
  return billed;
}

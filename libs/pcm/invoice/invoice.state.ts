import type { BilledLine } from '../po/po.events';
import type { InvoiceEvent, MatchedLine } from './invoice.events';

export type InvoiceStatus = 'matched' | 'mismatched' | 'disputed' | 'resolved';

export interface InvoiceState {
  exists: boolean;
  invoice_id: string;
  po_id: string;
  total_minor: number;
  status: InvoiceStatus;
  resolution: 'accepted' | 'rejected' | null;
  /** What the invoice bills of each PO line: its claim in the PO's billing ledger. */
  claim: BilledLine[];
}

/** An invoice's claim: the qty of each of its lines that names a PO line. */
export const claimOf = (lines: MatchedLine[]): BilledLine[] =>
  lines.flatMap((l) => (l.po_line_id ? [{ po_line_id: l.po_line_id, qty: l.qty }] : []));

export const initialInvoiceState = (): InvoiceState => ({ exists: false, invoice_id: '', po_id: '', total_minor: 0, status: 'matched', resolution: null, claim: [] });

export function evolveInvoice(state: InvoiceState, event: InvoiceEvent): InvoiceState {
  switch (event.type) {
    case 'pcm.invoice-matched':
    case 'pcm.invoice-mismatched':
      return {
        exists: true, invoice_id: event.data.invoice_id, po_id: event.data.po_id, total_minor: event.data.total_minor,
        status: event.type === 'pcm.invoice-matched' ? 'matched' : 'mismatched', resolution: null, claim: claimOf(event.data.lines),
      };
    case 'pcm.invoice-disputed':
      return { ...state, status: 'disputed' };
    case 'pcm.invoice-resolved':
      return { ...state, status: 'resolved', resolution: event.data.resolution };
  }
}

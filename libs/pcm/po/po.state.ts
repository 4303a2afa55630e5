import type { PoEvent, PoLine } from './po.events';

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
}

export const initialPoState = (): PoState => ({
  exists: false, po_id: '', org_guid: '', vendor_id: '', logical_guid: '', currency: '', status: 'draft', lines: [], total_minor: 0, receipt_ids: [],
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
  }
}

import { defineEvent, DomainEvent } from '@g3n/es';

export interface PoLine {
  po_line_id: string;
  variant_id: string;
  qty: number;
  unit_cost_minor: number;
}

export interface ReceiptLine {
  po_line_id: string;
  variant_id: string;
  qty: number;
}

export type PoCreated = DomainEvent<'pcm.po-created', {
  po_id: string;
  org_guid: string;
  vendor_id: string;
  logical_guid: string;
  currency: string;
  lines: PoLine[];
  total_minor: number;
}>;
export type PoApproved = DomainEvent<'pcm.po-approved', { po_id: string }>;
export type PoIssued = DomainEvent<'pcm.po-issued', { po_id: string }>;
/** The cross-service contract ICS receives stock from: exactly these fields, nothing more. */
export type ReceiptRecorded = DomainEvent<'pcm.receipt-recorded', { receipt_id: string; po_id: string; logical_guid: string; lines: ReceiptLine[] }>;
export type PoCancelled = DomainEvent<'pcm.po-cancelled', { po_id: string; from: string }>;
export type PoClosed = DomainEvent<'pcm.po-closed', { po_id: string; from: string }>;
/** The qty each PO line a vendor invoice bills (its lines that name a PO line): the PO's billing ledger. */
export interface BilledLine {
  po_line_id: string;
  qty: number;
}
/** An invoice's claim on the PO's received qty; a later claim of the same invoice replaces the earlier one. */
export type PoInvoiceBilled = DomainEvent<'pcm.po-invoice-billed', { po_id: string; invoice_id: string; lines: BilledLine[] }>;
/** A rejected invoice's claim, dropped: its qty may be billed again, and the invoice never bills this PO again. */
export type PoInvoiceReleased = DomainEvent<'pcm.po-invoice-released', { po_id: string; invoice_id: string }>;
export type PoEvent = PoCreated | PoApproved | PoIssued | ReceiptRecorded | PoCancelled | PoClosed | PoInvoiceBilled | PoInvoiceReleased;

const stream = '<org_guid>/pcm.po/<po_id>';
const int = (minimum: number) => ({ type: 'integer', minimum });
const poIdOnly = { type: 'object', required: ['po_id'], properties: { po_id: { type: 'string' } } };
const statusFrom = { type: 'object', required: ['po_id', 'from'], properties: { po_id: { type: 'string' }, from: { type: 'string' } } };

export const poEvents = [
  defineEvent({
    type: 'pcm.po-created',
    version: 1,
    description: 'A purchase order was drafted for a vendor, to be received at a logical facility; costs in minor units of `currency`.',
    stream,
    schema: {
      type: 'object',
      required: ['po_id', 'org_guid', 'vendor_id', 'logical_guid', 'currency', 'lines', 'total_minor'],
      properties: {
        po_id: { type: 'string' }, org_guid: { type: 'string' }, vendor_id: { type: 'string' }, logical_guid: { type: 'string' },
        currency: { type: 'string', pattern: '^[A-Z]{3}$' }, total_minor: int(0),
        lines: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['po_line_id', 'variant_id', 'qty', 'unit_cost_minor'],
            properties: { po_line_id: { type: 'string' }, variant_id: { type: 'string' }, qty: int(1), unit_cost_minor: int(0) },
          },
        },
      },
    },
  }),
  defineEvent({ type: 'pcm.po-approved', version: 1, description: 'A draft purchase order was approved.', stream, schema: poIdOnly }),
  defineEvent({ type: 'pcm.po-issued', version: 1, description: 'An approved purchase order was issued to the vendor; it can now be received against.', stream, schema: poIdOnly }),
  defineEvent({
    type: 'pcm.receipt-recorded',
    version: 1,
    description: 'Goods were received against an issued purchase order at a logical facility. ICS receives the stock (once per receipt_id).',
    stream,
    schema: {
      type: 'object',
      required: ['receipt_id', 'po_id', 'logical_guid', 'lines'],
      properties: {
        receipt_id: { type: 'string' }, po_id: { type: 'string' }, logical_guid: { type: 'string' },
        lines: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['po_line_id', 'variant_id', 'qty'], properties: { po_line_id: { type: 'string' }, variant_id: { type: 'string' }, qty: int(1) } },
        },
      },
    },
  }),
  defineEvent({ type: 'pcm.po-cancelled', version: 1, description: 'A purchase order with nothing received was cancelled; `from` is the status it left.', stream, schema: statusFrom }),
  defineEvent({ type: 'pcm.po-closed', version: 1, description: 'A purchase order was closed (short-closed if qty was still open); no further receipts.', stream, schema: statusFrom }),
  defineEvent({
    type: 'pcm.po-invoice-billed',
    version: 1,
    description: 'A vendor invoice claimed qty of PO lines (the PO\'s billing ledger, written before the invoice is recorded); a later claim of the same invoice replaces its earlier one.',
    stream,
    schema: {
      type: 'object',
      required: ['po_id', 'invoice_id', 'lines'],
      properties: {
        po_id: { type: 'string' }, invoice_id: { type: 'string' },
        lines: { type: 'array', items: { type: 'object', required: ['po_line_id', 'qty'], properties: { po_line_id: { type: 'string' }, qty: int(1) } } },
      },
    },
  }),
  defineEvent({
    type: 'pcm.po-invoice-released',
    version: 1,
    description: 'A rejected vendor invoice\'s claim on the PO was dropped: its qty may be billed again.',
    stream,
    schema: { type: 'object', required: ['po_id', 'invoice_id'], properties: { po_id: { type: 'string' }, invoice_id: { type: 'string' } } },
  }),
];

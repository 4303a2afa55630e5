import { defineEvent, DomainEvent } from '@g3n/es';

/** Price tolerance per unit: the larger of a share of the PO unit cost (basis points) and an absolute amount. */
export interface Tolerance {
  price_pct_bps: number;
  price_abs_minor: number;
}

export const LINE_REASONS = ['not-on-po', 'qty-mismatch', 'price-out-of-tolerance'] as const;
export const HEADER_REASONS = ['currency-mismatch', 'total-mismatch'] as const;
export type LineReason = (typeof LINE_REASONS)[number];
export type HeaderReason = (typeof HEADER_REASONS)[number];

export interface MatchedLine {
  line_no: number;
  variant_id: string;
  po_line_id: string | null;
  qty: number;
  unit_cost_minor: number;
  line_total_minor: number;
  /** Received on the PO line and not yet on another (non-rejected) invoice: what this invoice should bill. */
  expected_qty: number;
  po_unit_cost_minor: number | null;
  /** Invoice unit cost − PO unit cost. */
  price_variance_minor: number | null;
  status: 'matched' | 'mismatched';
  reasons: LineReason[];
}

export interface InvoiceMatchData {
  invoice_id: string;
  org_guid: string;
  po_id: string;
  vendor_id: string;
  invoice_number: string;
  currency: string;
  total_minor: number;
  /** Σ expected qty × PO unit cost over the invoice's lines: what a clean invoice would total. */
  expected_total_minor: number;
  tolerance: Tolerance;
  reasons: HeaderReason[];
  lines: MatchedLine[];
}

export type InvoiceMatched = DomainEvent<'pcm.invoice-matched', InvoiceMatchData & Record<string, unknown>>;
export type InvoiceMismatched = DomainEvent<'pcm.invoice-mismatched', InvoiceMatchData & Record<string, unknown>>;
export type InvoiceDisputed = DomainEvent<'pcm.invoice-disputed', { invoice_id: string; note: string | null }>;
export type InvoiceResolved = DomainEvent<'pcm.invoice-resolved', {
  invoice_id: string;
  from: 'mismatched' | 'disputed';
  resolution: 'accepted' | 'rejected';
  approved_total_minor: number | null;
  note: string | null;
}>;
export type InvoiceEvent = InvoiceMatched | InvoiceMismatched | InvoiceDisputed | InvoiceResolved;

const stream = '<org_guid>/pcm.invoice/<invoice_id>';
const int = (minimum: number) => ({ type: 'integer', minimum });
const nullableInt = { type: ['integer', 'null'] };
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };

const matchSchema = {
  type: 'object',
  required: ['invoice_id', 'org_guid', 'po_id', 'vendor_id', 'invoice_number', 'currency', 'total_minor', 'expected_total_minor', 'tolerance', 'reasons', 'lines'],
  properties: {
    invoice_id: str, org_guid: str, po_id: str, vendor_id: str, invoice_number: str, currency: str,
    total_minor: int(0), expected_total_minor: int(0),
    tolerance: { type: 'object', required: ['price_pct_bps', 'price_abs_minor'], properties: { price_pct_bps: int(0), price_abs_minor: int(0) } },
    reasons: { type: 'array', items: { enum: [...HEADER_REASONS] } },
    lines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['line_no', 'variant_id', 'po_line_id', 'qty', 'unit_cost_minor', 'line_total_minor', 'expected_qty', 'po_unit_cost_minor', 'price_variance_minor', 'status', 'reasons'],
        properties: {
          line_no: int(1), variant_id: str, po_line_id: nullableStr, qty: int(1), unit_cost_minor: int(0), line_total_minor: int(0), expected_qty: int(0),
          po_unit_cost_minor: nullableInt, price_variance_minor: nullableInt, status: { enum: ['matched', 'mismatched'] },
          reasons: { type: 'array', items: { enum: [...LINE_REASONS] } },
        },
      },
    },
  },
};

export const invoiceEvents = [
  defineEvent({
    type: 'pcm.invoice-matched',
    version: 1,
    description: 'A vendor invoice passed the three-way match (PO × receipts × invoice) within tolerance: ready to pay.',
    stream,
    schema: matchSchema,
  }),
  defineEvent({
    type: 'pcm.invoice-mismatched',
    version: 1,
    description: 'A vendor invoice failed the three-way match; `reasons` and each line\'s `reasons` say why. It waits for dispute or resolve.',
    stream,
    schema: matchSchema,
  }),
  defineEvent({
    type: 'pcm.invoice-disputed',
    version: 1,
    description: 'A mismatched invoice was disputed with the vendor.',
    stream,
    schema: { type: 'object', required: ['invoice_id', 'note'], properties: { invoice_id: str, note: nullableStr } },
  }),
  defineEvent({
    type: 'pcm.invoice-resolved',
    version: 1,
    description: 'A mismatched or disputed invoice was resolved: accepted (to pay `approved_total_minor`) or rejected.',
    stream,
    schema: {
      type: 'object',
      required: ['invoice_id', 'from', 'resolution', 'approved_total_minor', 'note'],
      properties: {
        invoice_id: str, from: { enum: ['mismatched', 'disputed'] }, resolution: { enum: ['accepted', 'rejected'] },
        approved_total_minor: nullableInt, note: nullableStr,
      },
    },
  }),
];

import { billedBefore, PoState } from '../po/po.state';
import type { HeaderReason, LineReason, MatchedLine, Tolerance } from './invoice.events';

/** The PO as the match sees it: each line's cost, what was received, and what other invoices already billed. */
export interface PoForMatch {
  status: string;
  vendor_id: string;
  currency: string;
  lines: Array<{ po_line_id: string; variant_id: string; unit_cost_minor: number; received_qty: number; invoiced_qty: number }>;
}

/**
 * The PO as `invoiceId`'s match sees it, from the PO's own stream: received qty, and as billed what the claims before
 * this invoice's own claim bill (all claims, when it has none yet). Rejected invoices have released theirs; an invoice
 * still in dispute keeps its claim, since it may yet be paid.
 */
export function poForMatch(state: PoState, invoiceId: string): PoForMatch {
  const billed = billedBefore(state, invoiceId);
  return {
    status: state.status, vendor_id: state.vendor_id, currency: state.currency,
    lines: state.lines.map((l) => ({ po_line_id: l.po_line_id, variant_id: l.variant_id, unit_cost_minor: l.unit_cost_minor, received_qty: l.received_qty, invoiced_qty: billed.get(l.po_line_id) ?? 0 })),
  };
}

export interface InvoiceLineInput {
  variant_id: string;
  qty: number;
  unit_cost_minor: number;
}

export interface MatchResult {
  status: 'matched' | 'mismatched';
  reasons: HeaderReason[];
  lines: MatchedLine[];
  expected_total_minor: number;
}

/** Per-unit price slack: the larger of `price_pct_bps` of the PO cost (rounded down) and `price_abs_minor`. */
export function allowedPriceVariance(poUnitCost: number, tolerance: Tolerance): number {
  return Math.max(tolerance.price_abs_minor, Math.floor((poUnitCost * tolerance.price_pct_bps) / 10_000));
}

/**
 * The three-way match: every invoice line must be on the PO, bill exactly the qty received and not yet billed,
 * at the PO unit cost within tolerance; the invoice must be in the PO's currency and its total must add up.
 */
export function threeWayMatch(
  po: PoForMatch,
  invoice: { currency: string; total_minor: number; lines: InvoiceLineInput[] },
  tolerance: Tolerance,
): MatchResult {
  const reasons: HeaderReason[] = [];
  if (invoice.currency !== po.currency) reasons.push('currency-mismatch');
  const lines = invoice.lines.map((input, i): MatchedLine => {
    const poLine = po.lines.find((l) => l.variant_id === input.variant_id);
    const line_total_minor = input.qty * input.unit_cost_minor;
    if (!poLine) {
      return {
        line_no: i + 1, variant_id: input.variant_id, po_line_id: null, qty: input.qty, unit_cost_minor: input.unit_cost_minor, line_total_minor,
        expected_qty: 0, po_unit_cost_minor: null, price_variance_minor: null, status: 'mismatched', reasons: ['not-on-po'],
      };
    }
    const expected_qty = Math.max(0, poLine.received_qty - poLine.invoiced_qty);
    const variance = input.unit_cost_minor - poLine.unit_cost_minor;
    const lineReasons: LineReason[] = [];
    if (input.qty !== expected_qty) lineReasons.push('qty-mismatch');
    if (Math.abs(variance) > allowedPriceVariance(poLine.unit_cost_minor, tolerance)) lineReasons.push('price-out-of-tolerance');
    return {
      line_no: i + 1, variant_id: input.variant_id, po_line_id: poLine.po_line_id, qty: input.qty, unit_cost_minor: input.unit_cost_minor, line_total_minor,
      expected_qty, po_unit_cost_minor: poLine.unit_cost_minor, price_variance_minor: variance,
      status: lineReasons.length === 0 ? 'matched' : 'mismatched', reasons: lineReasons,
    };
  });
  if (lines.reduce((sum, l) => sum + l.line_total_minor, 0) !== invoice.total_minor) reasons.push('total-mismatch');
  const expected_total_minor = lines.reduce((sum, l) => sum + l.expected_qty * (l.po_unit_cost_minor ?? 0), 0);
  const clean = reasons.length === 0 && lines.every((l) => l.status === 'matched');
  return { status: clean ? 'matched' : 'mismatched', reasons, lines, expected_total_minor };
}

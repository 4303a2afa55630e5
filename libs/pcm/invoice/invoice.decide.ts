import { conflict, Decider, invalidState, notFound, validationError } from '@g3n/es';
import type { InvoiceEvent, Tolerance } from './invoice.events';
import { InvoiceLineInput, PoForMatch, threeWayMatch } from './invoice-match';
import { evolveInvoice, initialInvoiceState, InvoiceState } from './invoice.state';

export type InvoiceCommand =
  | {
      kind: 'match';
      invoice_id: string;
      org_guid: string;
      po_id: string;
      /** The PO with its receipts and what other invoices billed; null when the PO does not exist. */
      po: PoForMatch | null;
      invoice_number: string;
      currency: string;
      total_minor: number;
      lines: InvoiceLineInput[];
      tolerance: Tolerance;
    }
  | { kind: 'dispute'; note: string | null }
  | { kind: 'resolve'; resolution: 'accepted' | 'rejected'; approved_total_minor: number | null; note: string | null };

type State = InvoiceState;
type Of<K extends InvoiceCommand['kind']> = Extract<InvoiceCommand, { kind: K }>;

const field = (name: string, reason: string) => ({ fields: [{ field: name, reason }] });

function match(command: Of<'match'>, state: State): InvoiceEvent[] {
  // The invoice id is derived from vendor and invoice number, so a second invoice with the same number lands here.
  if (state.exists) throw conflict('duplicate-invoice', 'This vendor invoice number was matched already.', { invoice_id: state.invoice_id, status: state.status });
  const po = command.po;
  if (!po) throw notFound('po-not-found', 'No such purchase order.', { po_id: command.po_id });
  if (po.status === 'draft' || po.status === 'approved') throw invalidState('po-not-issued', `Invoices match issued POs; this one is ${po.status}.`, { status: po.status });
  if (po.status === 'cancelled') throw invalidState('po-cancelled', 'This PO is cancelled.', { status: po.status });
  const seen = new Set<string>();
  command.lines.forEach((line, i) => {
    if (seen.has(line.variant_id)) throw validationError('duplicate-variant', 'A variant may appear on one invoice line only.', field(`lines.${i}.variant_id`, 'duplicate'));
    seen.add(line.variant_id);
    if (!Number.isSafeInteger(line.qty * line.unit_cost_minor)) throw validationError('total-too-large', 'The line total does not fit in minor units.', field(`lines.${i}`, 'too-large'));
  });
  const result = threeWayMatch(po, command, command.tolerance);
  const data = {
    invoice_id: command.invoice_id, org_guid: command.org_guid, po_id: command.po_id, vendor_id: po.vendor_id, invoice_number: command.invoice_number,
    currency: command.currency, total_minor: command.total_minor, expected_total_minor: result.expected_total_minor, tolerance: command.tolerance,
    reasons: result.reasons, lines: result.lines,
  };
  return [result.status === 'matched' ? { type: 'pcm.invoice-matched', data } : { type: 'pcm.invoice-mismatched', data }];
}

function assertOpenMismatch(state: State): void {
  if (state.status === 'matched') throw invalidState('invoice-not-mismatched', 'This invoice matched; there is nothing to dispute or resolve.', { status: state.status });
  if (state.status === 'resolved') throw invalidState('invoice-resolved', 'This invoice is resolved already.', { status: state.status, resolution: state.resolution });
}

function dispute(command: Of<'dispute'>, state: State): InvoiceEvent[] {
  assertOpenMismatch(state);
  if (state.status === 'disputed') throw invalidState('invoice-disputed', 'This invoice is disputed already.', { status: state.status });
  return [{ type: 'pcm.invoice-disputed', data: { invoice_id: state.invoice_id, note: command.note } }];
}

function resolve(command: Of<'resolve'>, state: State): InvoiceEvent[] {
  assertOpenMismatch(state);
  if (command.resolution === 'rejected' && command.approved_total_minor !== null) {
    throw validationError('approved-total-on-reject', 'A rejected invoice approves no amount.', field('approved_total_minor', 'not-allowed'));
  }
  // Accepting without an agreed amount pays the invoice as billed.
  const approved_total_minor = command.resolution === 'accepted' ? (command.approved_total_minor ?? state.total_minor) : null;
  const from = state.status as 'mismatched' | 'disputed';
  return [{ type: 'pcm.invoice-resolved', data: { invoice_id: state.invoice_id, from, resolution: command.resolution, approved_total_minor, note: command.note } }];
}

export const invoiceDecider: Decider<InvoiceCommand, State, InvoiceEvent> = {
  name: 'pcm.invoice',
  // 2: the state keeps the invoice's claim on its PO.
  stateVersion: 2,
  initialState: initialInvoiceState,
  evolve: evolveInvoice,
  decide(command, state) {
    if (command.kind === 'match') return match(command, state);
    if (!state.exists) throw notFound('invoice-not-found', 'No such invoice.');
    switch (command.kind) {
      case 'dispute':
        return dispute(command, state);
      case 'resolve':
        return resolve(command, state);
    }
  },
};

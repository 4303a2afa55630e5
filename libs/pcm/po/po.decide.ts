import { conflict, Decider, invalidState, notFound, validationError } from '@g3n/es';
import type { BilledLine, PoEvent, PoLine, ReceiptLine } from './po.events';
import { evolvePo, initialPoState, PoState } from './po.state';

/** What the handler found in the read models a new PO points at (null: not in this org). */
export interface PoReferences {
  vendor: { status: string } | null;
  logical: { status: string } | null;
  variants: Record<string, { status: string } | null>;
}

/** PVM's own rule for suppliers a style may name: a draft vendor is not vetted yet, a suspended one is blocked. */
export const ORDERABLE_VENDOR_STATUSES = ['verified', 'active'];
/** Variants in these PVM statuses are on their way out: nobody should buy more of them (drafts may be pre-bought). */
export const NOT_ORDERABLE = ['doomed', 'discontinued', 'retired', 'archived', 'deleted', 'inactive'];

export interface ReceiptLineInput {
  variant_id: string;
  qty: number;
  /** Optional: names the PO line outright; must agree with variant_id when both are given. */
  po_line_id?: string;
}

export type PoCommand =
  | { kind: 'create'; po_id: string; org_guid: string; vendor_id: string; logical_guid: string; currency: string; lines: PoLine[]; refs: PoReferences }
  | { kind: 'approve' }
  | { kind: 'issue' }
  | { kind: 'record-receipt'; receipt_id: string; logical_guid?: string; lines: ReceiptLineInput[] }
  | { kind: 'cancel' }
  | { kind: 'close' }
  /** An invoice's claim on the PO's lines (before the invoice is recorded); the same claim again decides nothing. */
  | { kind: 'bill-invoice'; invoice_id: string; lines: BilledLine[] }
  /** A rejected invoice gives its claim back; once released, an invoice never bills the PO again. */
  | { kind: 'release-invoice'; invoice_id: string };

type State = PoState;
type Of<K extends PoCommand['kind']> = Extract<PoCommand, { kind: K }>;

const field = (name: string, reason: string) => ({ fields: [{ field: name, reason }] });

function assertReferencesUsable(command: Of<'create'>): void {
  const { refs } = command;
  if (!refs.vendor) throw notFound('vendor-not-found', 'No such vendor in this org.', { vendor_id: command.vendor_id });
  if (!ORDERABLE_VENDOR_STATUSES.includes(refs.vendor.status)) {
    throw invalidState('vendor-not-orderable', `The vendor is ${refs.vendor.status}.`, { vendor_id: command.vendor_id, status: refs.vendor.status, allowed: ORDERABLE_VENDOR_STATUSES });
  }
  if (!refs.logical) throw notFound('logical-facility-not-found', 'No such logical facility in this org.', { logical_guid: command.logical_guid });
  if (refs.logical.status !== 'active') throw invalidState('logical-facility-inactive', 'The logical facility is inactive.', { logical_guid: command.logical_guid });
  for (const line of command.lines) {
    const variant = refs.variants[line.variant_id];
    if (!variant) throw notFound('variant-not-found', 'No such variant in this org.', { variant_id: line.variant_id });
    if (NOT_ORDERABLE.includes(variant.status)) {
      throw invalidState('variant-not-orderable', `Variant ${line.variant_id} is ${variant.status}.`, { variant_id: line.variant_id, status: variant.status });
    }
  }
}

function create(command: Of<'create'>, state: State): PoEvent[] {
  if (state.exists) throw invalidState('po-exists', 'This purchase order already exists.');
  const seen = new Set<string>();
  command.lines.forEach((line, i) => {
    if (seen.has(line.variant_id)) throw validationError('duplicate-variant', 'A variant may appear on one PO line only.', field(`lines.${i}.variant_id`, 'duplicate'));
    seen.add(line.variant_id);
  });
  const total_minor = command.lines.reduce((sum, l) => sum + l.qty * l.unit_cost_minor, 0);
  if (!Number.isSafeInteger(total_minor)) throw validationError('total-too-large', 'The PO total does not fit in minor units.', field('lines', 'too-large'));
  assertReferencesUsable(command);
  const { kind: _kind, refs: _refs, ...data } = command;
  return [{ type: 'pcm.po-created', data: { ...data, total_minor } }];
}

function approve(state: State): PoEvent[] {
  if (state.status !== 'draft') throw invalidState('po-not-draft', `Only a draft PO can be approved; this one is ${state.status}.`, { status: state.status });
  return [{ type: 'pcm.po-approved', data: { po_id: state.po_id } }];
}

function issue(state: State): PoEvent[] {
  if (state.status !== 'approved') throw invalidState('po-not-approved', `Only an approved PO can be issued; this one is ${state.status}.`, { status: state.status });
  return [{ type: 'pcm.po-issued', data: { po_id: state.po_id } }];
}

function assertReceivable(state: State): void {
  if (state.status === 'draft' || state.status === 'approved') throw invalidState('po-not-issued', `Receipts need an issued PO; this one is ${state.status}.`, { status: state.status });
  if (state.status === 'closed' || state.status === 'cancelled') throw invalidState(`po-${state.status}`, `This PO is ${state.status}.`, { status: state.status });
}

/** Matches each receipt line to its PO line and refuses anything more than the open qty of that line. */
function recordReceipt(command: Of<'record-receipt'>, state: State): PoEvent[] {
  if (state.receipt_ids.includes(command.receipt_id)) return []; // Already recorded: a replay decides nothing.
  assertReceivable(state);
  if (command.logical_guid !== undefined && command.logical_guid !== state.logical_guid) {
    throw invalidState('receipt-facility-mismatch', 'Receive at the logical facility the PO ships to.', { po_logical_guid: state.logical_guid, logical_guid: command.logical_guid });
  }
  const lines: ReceiptLine[] = [];
  const over: Array<Record<string, unknown>> = [];
  command.lines.forEach((input, i) => {
    const line = state.lines.find((l) => l.variant_id === input.variant_id);
    if (!line || (input.po_line_id !== undefined && input.po_line_id !== line.po_line_id)) {
      throw invalidState('line-not-on-po', `Variant ${input.variant_id} is not on this PO.`, { variant_id: input.variant_id, po_line_id: input.po_line_id ?? null });
    }
    if (lines.some((l) => l.po_line_id === line.po_line_id)) throw validationError('duplicate-line', 'Receive each PO line once per receipt.', field(`receipt.lines.${i}.variant_id`, 'duplicate'));
    const remaining = line.qty - line.received_qty;
    if (input.qty > remaining) {
      over.push({ po_line_id: line.po_line_id, variant_id: line.variant_id, ordered_qty: line.qty, received_qty: line.received_qty, remaining_qty: remaining, requested_qty: input.qty });
    }
    lines.push({ po_line_id: line.po_line_id, variant_id: line.variant_id, qty: input.qty });
  });
  if (over.length > 0) throw conflict('over-receipt', 'The receipt exceeds the open qty of a PO line.', { lines: over });
  return [{ type: 'pcm.receipt-recorded', data: { receipt_id: command.receipt_id, po_id: state.po_id, logical_guid: state.logical_guid, lines } }];
}

function cancel(state: State): PoEvent[] {
  const untouched = ['draft', 'approved', 'issued'].includes(state.status) && state.receipt_ids.length === 0;
  if (!untouched) throw invalidState('po-not-cancellable', `A ${state.status} PO cannot be cancelled; close it instead.`, { status: state.status });
  return [{ type: 'pcm.po-cancelled', data: { po_id: state.po_id, from: state.status } }];
}

function close(state: State): PoEvent[] {
  if (!['issued', 'partially_received', 'received'].includes(state.status)) {
    throw invalidState('po-not-closable', `Only an issued or received PO can be closed; this one is ${state.status}.`, { status: state.status });
  }
  return [{ type: 'pcm.po-closed', data: { po_id: state.po_id, from: state.status } }];
}

const sameLines = (a: BilledLine[], b: BilledLine[]) =>
  a.length === b.length && a.every((l, i) => l.po_line_id === b[i].po_line_id && l.qty === b[i].qty);

/**
 * No status check: the invoice's own match refuses POs that cannot be invoiced before any claim is made, and a claim
 * records what a recorded invoice bills whatever happened to the PO since (the reactor repairing a claim runs late).
 */
function billInvoice(command: Of<'bill-invoice'>, state: State): PoEvent[] {
  if (state.released_invoice_ids.includes(command.invoice_id)) return [];
  const current = state.billed.find((b) => b.invoice_id === command.invoice_id);
  if (current ? sameLines(current.lines, command.lines) : command.lines.length === 0) return [];
  for (const line of command.lines) {
    if (!state.lines.some((l) => l.po_line_id === line.po_line_id)) throw invalidState('line-not-on-po', `PO line ${line.po_line_id} is not on this PO.`, { po_line_id: line.po_line_id });
  }
  return [{ type: 'pcm.po-invoice-billed', data: { po_id: state.po_id, invoice_id: command.invoice_id, lines: command.lines } }];
}

function releaseInvoice(command: Of<'release-invoice'>, state: State): PoEvent[] {
  if (state.released_invoice_ids.includes(command.invoice_id)) return [];
  return [{ type: 'pcm.po-invoice-released', data: { po_id: state.po_id, invoice_id: command.invoice_id } }];
}

export const poDecider: Decider<PoCommand, State, PoEvent> = {
  name: 'pcm.po',
  // 2: the billing ledger (billed, released_invoice_ids) joined the state.
  stateVersion: 2,
  initialState: initialPoState,
  evolve: evolvePo,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('po-not-found', 'No such purchase order.');
    switch (command.kind) {
      case 'approve':
        return approve(state);
      case 'issue':
        return issue(state);
      case 'record-receipt':
        return recordReceipt(command, state);
      case 'cancel':
        return cancel(state);
      case 'close':
        return close(state);
      case 'bill-invoice':
        return billInvoice(command, state);
      case 'release-invoice':
        return releaseInvoice(command, state);
    }
  },
};

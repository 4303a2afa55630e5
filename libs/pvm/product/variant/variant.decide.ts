import { Decider, invalidState, notFound } from '@g3n/es';
import { changedFields, ProductStatus, productStatusChanges } from '../shared/lifecycle';
import { assertSelections, combinationKey, SelectionFacts } from './selections';
import type { BarcodeData, BarcodeStatus, Selection, VariantDetails, VariantEvent } from './variant.events';
import { evolveVariant, initialVariantState, VariantBarcode, VariantState } from './variant.state';

/** The parent style as the handler found it (null: no such style in the org). */
export type StyleFact = { status: ProductStatus } | null;

export type VariantCommand =
  | { kind: 'create'; variant_id: string; org_guid: string; style_id: string; selections: Selection[]; caption: string | null; style: StyleFact; facts: SelectionFacts }
  | { kind: 'update'; changes: Partial<VariantDetails> }
  | { kind: 'set-status'; status: ProductStatus; style: StyleFact }
  | ({ kind: 'add-barcode'; primary?: boolean } & BarcodeData)
  | { kind: 'set-primary-barcode'; barcode_id: string }
  | { kind: 'set-barcode-status'; barcode_id: string; status: BarcodeStatus };

type State = VariantState;
type Of<K extends VariantCommand['kind']> = Extract<VariantCommand, { kind: K }>;

const BARCODE_NEXT: Record<BarcodeStatus, BarcodeStatus[]> = { active: ['inactive', 'doomed'], inactive: ['active', 'doomed'], doomed: [] };

/** Checks a variant create can succeed, before the handler claims its combination (a refusal leaves it free). */
export function assertVariantCreatable(command: Pick<Of<'create'>, 'style' | 'selections' | 'facts'>): void {
  if (!command.style) throw notFound('style-not-found', 'No such style.');
  if (command.style.status !== 'active') throw invalidState('style-not-active', 'New variants need an active style.', { style_status: command.style.status });
  assertSelections(command.selections, command.facts);
}

function create(c: Of<'create'>, state: State): VariantEvent[] {
  if (state.exists) throw invalidState('variant-exists', 'This variant already exists.');
  assertVariantCreatable(c);
  const data = { variant_id: c.variant_id, org_guid: c.org_guid, style_id: c.style_id, selections: c.selections, combination_key: combinationKey(c.selections), caption: c.caption };
  return [{ type: 'pvm.variant-created', data }];
}

function update(c: Of<'update'>, state: State): VariantEvent[] {
  const changes = changedFields<VariantDetails>(state, c.changes);
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'pvm.variant-updated', data: { variant_id: state.variant_id, style_id: state.style_id, changes } }];
}

function setStatus(c: Of<'set-status'>, state: State): VariantEvent[] {
  if (!productStatusChanges(state.status, c.status)) return [];
  if (c.status === 'active' && c.style?.status !== 'active') throw invalidState('style-not-active', 'A variant is activated only under an active style.', { style_status: c.style?.status ?? null });
  const owner = { variant_id: state.variant_id, style_id: state.style_id };
  const events: VariantEvent[] = [{ type: 'pvm.variant-status-changed', data: { ...owner, from: state.status, to: c.status } }];
  // Dooming the variant dooms its barcodes too, so their values are free and resolve no longer finds them.
  if (c.status === 'doomed') {
    for (const b of state.barcodes.filter((x) => x.status !== 'doomed')) {
      events.push({ type: 'pvm.barcode-status-changed', data: { ...owner, barcode_id: b.barcode_id, from: b.status, to: 'doomed', primary_cleared: b.primary } });
    }
  }
  return events;
}

function addBarcode(c: Of<'add-barcode'>, state: State): VariantEvent[] {
  const same = state.barcodes.find((b) => b.key === c.key && b.status !== 'doomed');
  if (same) return []; // A retried add: the handler answers with the barcode already there.
  const current = state.barcodes.find((b) => b.primary);
  // The first barcode of a variant becomes its primary; later ones only when asked.
  const primary = c.primary === true || !current;
  const { barcode_id, value, scheme, packaging_level, key } = c;
  return [{
    type: 'pvm.barcode-added',
    data: { variant_id: state.variant_id, style_id: state.style_id, org_guid: state.org_guid, barcode_id, value, scheme, packaging_level, key, primary, previous_primary_id: primary && current ? current.barcode_id : null },
  }];
}

function barcodeOf(state: State, id: string): VariantBarcode {
  const barcode = state.barcodes.find((b) => b.barcode_id === id);
  if (!barcode) throw notFound('barcode-not-found', 'No such barcode on this variant.');
  return barcode;
}

function setPrimary(c: Of<'set-primary-barcode'>, state: State): VariantEvent[] {
  const barcode = barcodeOf(state, c.barcode_id);
  if (barcode.primary) return [];
  if (barcode.status !== 'active') throw invalidState('barcode-not-active', 'Only an active barcode can be primary.', { status: barcode.status });
  const previous = state.barcodes.find((b) => b.primary)?.barcode_id ?? null;
  return [{ type: 'pvm.barcode-primary-set', data: { variant_id: state.variant_id, style_id: state.style_id, barcode_id: c.barcode_id, previous_primary_id: previous } }];
}

function setBarcodeStatus(c: Of<'set-barcode-status'>, state: State): VariantEvent[] {
  const barcode = barcodeOf(state, c.barcode_id);
  if (barcode.status === c.status) return [];
  if (!BARCODE_NEXT[barcode.status].includes(c.status)) throw invalidState('invalid-status-transition', `Cannot move a barcode from ${barcode.status} to ${c.status}.`, { from: barcode.status, to: c.status });
  return [{
    type: 'pvm.barcode-status-changed',
    data: { variant_id: state.variant_id, style_id: state.style_id, barcode_id: c.barcode_id, from: barcode.status, to: c.status, primary_cleared: barcode.primary },
  }];
}

export const variantDecider: Decider<VariantCommand, State, VariantEvent> = {
  name: 'pvm.variant',
  stateVersion: 1,
  initialState: initialVariantState,
  evolve: evolveVariant,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('variant-not-found', 'No such variant.');
    if (state.status === 'doomed' && command.kind !== 'set-status') throw invalidState('variant-doomed', 'A doomed variant cannot change.');
    switch (command.kind) {
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
      case 'add-barcode':
        return addBarcode(command, state);
      case 'set-primary-barcode':
        return setPrimary(command, state);
      case 'set-barcode-status':
        return setBarcodeStatus(command, state);
    }
  },
};


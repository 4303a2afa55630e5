import { conflict, Decider, invalidState, notFound } from '@g3n/es';
import type { ProductStatus } from '../shared/lifecycle';
import type { IdentifierEvent, IdentifierType } from './identifier.events';
import { evolveIdentifier, IdentifierState, initialIdentifierState } from './identifier.state';

export type IdentifierCommand =
  | {
      kind: 'add'; org_guid: string; identifier_key: string; type: IdentifierType; value: string; variant_id: string; style_id: string;
      /** The handler found the current holder doomed or missing: its claim may be taken over. */
      holder_gone: boolean;
    }
  | {
      kind: 'transfer'; to_variant_id: string; to_style_id: string;
      /** The target variant as found (null: no such variant in the org). */
      target: { status: ProductStatus } | null;
      /** The current holder's `sku` field: a SKU identifier that is still the holder's SKU does not move. */
      holder_sku: string | null;
    }
  | { kind: 'release'; variant_id: string };

type State = IdentifierState;

function add(c: Extract<IdentifierCommand, { kind: 'add' }>, state: State): IdentifierEvent[] {
  if (state.variant_id === c.variant_id) return []; // Already this variant's: a retried add changes nothing.
  if (state.variant_id !== null && !c.holder_gone) {
    throw conflict('duplicate-identifier', `The ${c.type} ${c.value} already identifies another variant.`, { type: c.type, value: c.value, variant_id: state.variant_id });
  }
  const { org_guid, identifier_key, type, value, variant_id, style_id } = c;
  return [{ type: 'pvm.identifier-added', data: { identifier_key, type, value, org_guid, variant_id, style_id, previous_variant_id: state.variant_id } }];
}

function transfer(c: Extract<IdentifierCommand, { kind: 'transfer' }>, state: State): IdentifierEvent[] {
  if (state.variant_id === null || state.style_id === null) throw invalidState('identifier-released', 'The identifier is not attached to a variant; add it instead.');
  if (!c.target) throw notFound('variant-not-found', 'No such target variant.');
  if (c.target.status === 'doomed') throw invalidState('variant-doomed', 'The target variant is doomed.');
  if (state.variant_id === c.to_variant_id) return [];
  if (state.type === 'sku' && c.holder_sku !== null && c.holder_sku.toUpperCase() === state.value.toUpperCase()) {
    throw invalidState('identifier-is-current-sku', 'This SKU is still the source variant\'s sku; change that variant\'s sku first.');
  }
  const { identifier_key, type, value } = state;
  return [{
    type: 'pvm.identifier-transferred',
    data: { identifier_key, type, value, from_variant_id: state.variant_id, from_style_id: state.style_id, to_variant_id: c.to_variant_id, to_style_id: c.to_style_id },
  }];
}

function release(c: Extract<IdentifierCommand, { kind: 'release' }>, state: State): IdentifierEvent[] {
  if (state.variant_id !== c.variant_id || state.style_id === null) return [];
  const { identifier_key, type, value } = state;
  return [{ type: 'pvm.identifier-released', data: { identifier_key, type, value, variant_id: c.variant_id, style_id: state.style_id } }];
}

export const identifierDecider: Decider<IdentifierCommand, State, IdentifierEvent> = {
  name: 'pvm.identifier',
  stateVersion: 1,
  initialState: initialIdentifierState,
  evolve: evolveIdentifier,
  decide(command, state) {
    if (command.kind === 'add') return add(command, state);
    if (!state.exists) throw notFound('identifier-not-found', 'No such identifier in this org.');
    return command.kind === 'transfer' ? transfer(command, state) : release(command, state);
  },
};

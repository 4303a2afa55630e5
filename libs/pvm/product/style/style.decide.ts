import { Decider, invalidState, notFound } from '@g3n/es';
import { changedFields, ProductStatus, productStatusChanges } from '../shared/lifecycle';
import { assertOgmUsable, assertStyleGates, StyleCatalogFacts } from './style-gates';
import type { StyleDetails, StyleEvent } from './style.events';
import { evolveStyle, initialStyleState, StyleState } from './style.state';

export type StyleCommand =
  | ({ kind: 'create'; style_id: string; org_guid: string; code: string; ogm_id: string; ogm_rev: number; facts: StyleCatalogFacts } & StyleDetails)
  | { kind: 'update'; changes: Partial<StyleDetails>; facts: StyleCatalogFacts }
  /** `live_variants`: variants of the style not doomed (a style is doomed only once they all are). */
  | { kind: 'set-status'; status: ProductStatus; live_variants: number };

type State = StyleState;

/** Fields whose change must pass the catalog gates again (a caption change never checks suppliers). */
const GATED: Array<keyof StyleDetails> = ['category_id', 'vendor_ids', 'manufacturer_ids', 'primary_vendor_id', 'primary_manufacturer_id'];

function create(command: Extract<StyleCommand, { kind: 'create' }>, state: State): StyleEvent[] {
  if (state.exists) throw invalidState('style-exists', 'This style already exists.');
  assertStyleGates(command, command.facts);
  assertOgmUsable(command.ogm_id, command.ogm_rev, command.facts.ogm);
  const { kind: _kind, facts: _facts, ...data } = command;
  return [{ type: 'pvm.style-created', data }];
}

function update(command: Extract<StyleCommand, { kind: 'update' }>, state: State): StyleEvent[] {
  if (state.status === 'doomed') throw invalidState('style-doomed', 'A doomed style cannot change.');
  const changes = changedFields<StyleDetails>(state, command.changes);
  if (Object.keys(changes).length === 0) return [];
  if (GATED.some((f) => f in changes)) assertStyleGates({ ...state, ...changes }, command.facts);
  return [{ type: 'pvm.style-updated', data: { style_id: state.style_id, changes } }];
}

function setStatus(command: Extract<StyleCommand, { kind: 'set-status' }>, state: State): StyleEvent[] {
  if (!productStatusChanges(state.status, command.status)) return [];
  if (command.status === 'doomed' && command.live_variants > 0) {
    throw invalidState('style-has-live-variants', 'Doom every variant of the style first.', { live_variants: command.live_variants });
  }
  return [{ type: 'pvm.style-status-changed', data: { style_id: state.style_id, from: state.status, to: command.status } }];
}

export const styleDecider: Decider<StyleCommand, State, StyleEvent> = {
  name: 'pvm.style',
  stateVersion: 1,
  initialState: initialStyleState,
  evolve: evolveStyle,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('style-not-found', 'No such style.');
    switch (command.kind) {
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
    }
  },
};

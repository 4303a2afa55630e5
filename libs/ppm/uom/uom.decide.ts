import { Decider, invalidState, notFound, validationError } from '@g3n/es';
import { changedFields } from '../shared/status';
import type { UomEvent } from './uom.events';
import { evolveUom, initialUomState, UomState } from './uom.state';

/** What the handler found about the base unit a new UOM names (null: none in this org). */
export type BaseUnit = { base_uom: string | null } | null;

export type UomCommand =
  | { kind: 'create'; org_guid: string; uom_code: string; caption: string; base_uom: string | null; factor: number; base: BaseUnit }
  | { kind: 'update'; caption?: string; factor?: number; base_uom?: string | null };

type State = UomState;
type Cmd<K extends UomCommand['kind']> = Extract<UomCommand, { kind: K }>;

const field = (name: string, reason: string) => ({ fields: [{ field: name, reason }] });

function assertFactor(baseUom: string | null, factor: number): void {
  if (!Number.isInteger(factor) || factor < 1) throw validationError('invalid-factor', 'factor must be a whole number ≥ 1.', field('factor', 'integer ≥ 1'));
  if (baseUom === null && factor !== 1) {
    throw validationError('base-unit-factor', 'A base unit (no base_uom) has factor 1.', field('factor', 'must be 1 without base_uom'));
  }
}

function create(command: Cmd<'create'>, state: State): UomEvent[] {
  if (state.exists) throw invalidState('uom-exists', 'This unit of measure already exists.');
  const { kind: _kind, base, ...data } = command;
  if (data.base_uom !== null) {
    if (data.base_uom === data.uom_code) throw validationError('base-uom-self', 'A unit cannot be its own base.', field('base_uom', 'self'));
    if (!base) throw notFound('base-uom-not-found', `No unit of measure ${data.base_uom} in this org.`);
    // One level only: a pack of a pack would make conversions order-dependent; express CS12 directly in EA.
    if (base.base_uom !== null) {
      throw validationError('base-uom-not-base', `${data.base_uom} is itself a multiple of ${base.base_uom}; name the base unit.`, field('base_uom', 'not a base unit'));
    }
  }
  assertFactor(data.base_uom, data.factor);
  return [{ type: 'ppm.uom-created', data }];
}

function update(command: Cmd<'update'>, state: State): UomEvent[] {
  // The base never changes: other units and prices were defined against it.
  if (command.base_uom !== undefined && command.base_uom !== state.base_uom) {
    throw validationError('base-uom-immutable', 'A unit\'s base_uom never changes.', field('base_uom', 'immutable'));
  }
  const changes = changedFields({ caption: state.caption, factor: state.factor }, { caption: command.caption, factor: command.factor });
  if (Object.keys(changes).length === 0) return [];
  if (changes.factor !== undefined) assertFactor(state.base_uom, changes.factor);
  return [{ type: 'ppm.uom-updated', data: { org_guid: state.org_guid, uom_code: state.uom_code, changes } }];
}

export const uomDecider: Decider<UomCommand, State, UomEvent> = {
  name: 'ppm.uom',
  stateVersion: 1,
  initialState: initialUomState,
  evolve: evolveUom,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('uom-not-found', 'No such unit of measure.');
    return update(command, state);
  },
};

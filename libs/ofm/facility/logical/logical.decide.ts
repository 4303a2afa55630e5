import { Decider, invalidState, notFound } from '@g3n/es';
import { ActiveStatus, changedFields, statusChanges } from '../shared/status';
import type { LogicalDetails, LogicalFacilityEvent } from './logical.events';
import { evolveLogical, initialLogicalState, LogicalFacilityState } from './logical.state';

/** What the handler found in the physical/legal streams the logical facility points at (null: no such record). */
export interface ParentFacilities {
  physical: { status: ActiveStatus } | null;
  legal: { status: ActiveStatus } | null;
}

export type LogicalFacilityCommand =
  | ({ kind: 'create'; logical_guid: string; org_guid: string; code: string; root_zone_guid: string; parents: ParentFacilities } & LogicalDetails)
  | { kind: 'update'; changes: Partial<LogicalDetails>; parents: ParentFacilities }
  | { kind: 'set-status'; status: ActiveStatus; parents: ParentFacilities };

type State = LogicalFacilityState;

/** A logical facility may only sit on (and be active on) a physical and a legal facility that exist and are active. */
export function assertParentsUsable(parents: ParentFacilities): void {
  if (!parents.physical) throw notFound('physical-facility-not-found', 'No such physical facility in this org.');
  if (!parents.legal) throw notFound('legal-facility-not-found', 'No such legal facility in this org.');
  if (parents.physical.status !== 'active') throw invalidState('physical-facility-inactive', 'The physical facility is inactive.');
  if (parents.legal.status !== 'active') throw invalidState('legal-facility-inactive', 'The legal facility is inactive.');
}

function create(command: Extract<LogicalFacilityCommand, { kind: 'create' }>, state: State): LogicalFacilityEvent[] {
  if (state.exists) throw invalidState('facility-exists', 'This logical facility already exists.');
  assertParentsUsable(command.parents);
  const { kind: _kind, parents: _parents, ...data } = command;
  return [{ type: 'ofm.logical-facility-created', data }];
}

function update(command: Extract<LogicalFacilityCommand, { kind: 'update' }>, state: State): LogicalFacilityEvent[] {
  const changes = changedFields(state as unknown as Record<string, unknown>, command.changes) as Partial<LogicalDetails>;
  if (Object.keys(changes).length === 0) return [];
  // Moving to another physical or legal facility must land on usable ones; a caption change never checks them.
  if (changes.physical_guid !== undefined || changes.legal_guid !== undefined) assertParentsUsable(command.parents);
  return [{ type: 'ofm.logical-facility-updated', data: { logical_guid: state.logical_guid, changes } }];
}

function setStatus(command: Extract<LogicalFacilityCommand, { kind: 'set-status' }>, state: State): LogicalFacilityEvent[] {
  if (!statusChanges(state.status, command.status)) return [];
  if (command.status === 'active') assertParentsUsable(command.parents);
  return [{ type: 'ofm.logical-facility-status-changed', data: { logical_guid: state.logical_guid, from: state.status, to: command.status } }];
}

export const logicalFacilityDecider: Decider<LogicalFacilityCommand, State, LogicalFacilityEvent> = {
  name: 'ofm.logical-facility',
  stateVersion: 1,
  initialState: initialLogicalState,
  evolve: evolveLogical,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('logical-facility-not-found', 'No such logical facility.');
    switch (command.kind) {
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
    }
  },
};

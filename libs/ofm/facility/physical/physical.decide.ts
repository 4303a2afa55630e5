import { Decider, invalidState, notFound } from '@g3n/es';
import { ActiveStatus, changedFields, statusChanges } from '../shared/status';
import type { PhysicalDetails, PhysicalFacilityEvent } from './physical.events';
import { evolvePhysical, initialPhysicalState, PhysicalFacilityState } from './physical.state';

export type PhysicalFacilityCommand =
  | ({ kind: 'create'; physical_guid: string; org_guid: string; code: string } & PhysicalDetails)
  | { kind: 'update'; changes: Partial<PhysicalDetails> }
  | { kind: 'set-status'; status: ActiveStatus };

type State = PhysicalFacilityState;

function create(command: Extract<PhysicalFacilityCommand, { kind: 'create' }>, state: State): PhysicalFacilityEvent[] {
  if (state.exists) throw invalidState('facility-exists', 'This physical facility already exists.');
  const { kind: _kind, ...data } = command;
  return [{ type: 'ofm.physical-facility-created', data }];
}

function update(command: Extract<PhysicalFacilityCommand, { kind: 'update' }>, state: State): PhysicalFacilityEvent[] {
  const changes = changedFields(state as unknown as Record<string, unknown>, command.changes) as Partial<PhysicalDetails>;
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'ofm.physical-facility-updated', data: { physical_guid: state.physical_guid, changes } }];
}

function setStatus(command: Extract<PhysicalFacilityCommand, { kind: 'set-status' }>, state: State): PhysicalFacilityEvent[] {
  if (!statusChanges(state.status, command.status)) return [];
  return [{ type: 'ofm.physical-facility-status-changed', data: { physical_guid: state.physical_guid, from: state.status, to: command.status } }];
}

export const physicalFacilityDecider: Decider<PhysicalFacilityCommand, State, PhysicalFacilityEvent> = {
  name: 'ofm.physical-facility',
  stateVersion: 1,
  initialState: initialPhysicalState,
  evolve: evolvePhysical,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('physical-facility-not-found', 'No such physical facility.');
    switch (command.kind) {
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
    }
  },
};

import { Decider, invalidState, notFound } from '@g3n/es';
import { ActiveStatus, changedFields, statusChanges } from '../shared/status';
import type { LegalDetails, LegalFacilityEvent } from './legal.events';
import { evolveLegal, initialLegalState, LegalFacilityState } from './legal.state';

export type LegalFacilityCommand =
  | ({ kind: 'create'; legal_guid: string; org_guid: string; code: string } & LegalDetails)
  | { kind: 'update'; changes: Partial<LegalDetails> }
  | { kind: 'set-status'; status: ActiveStatus };

type State = LegalFacilityState;

function create(command: Extract<LegalFacilityCommand, { kind: 'create' }>, state: State): LegalFacilityEvent[] {
  if (state.exists) throw invalidState('facility-exists', 'This legal facility already exists.');
  const { kind: _kind, ...data } = command;
  return [{ type: 'ofm.legal-facility-created', data }];
}

function update(command: Extract<LegalFacilityCommand, { kind: 'update' }>, state: State): LegalFacilityEvent[] {
  const changes = changedFields(state as unknown as Record<string, unknown>, command.changes) as Partial<LegalDetails>;
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'ofm.legal-facility-updated', data: { legal_guid: state.legal_guid, changes } }];
}

function setStatus(command: Extract<LegalFacilityCommand, { kind: 'set-status' }>, state: State): LegalFacilityEvent[] {
  if (!statusChanges(state.status, command.status)) return [];
  return [{ type: 'ofm.legal-facility-status-changed', data: { legal_guid: state.legal_guid, from: state.status, to: command.status } }];
}

export const legalFacilityDecider: Decider<LegalFacilityCommand, State, LegalFacilityEvent> = {
  name: 'ofm.legal-facility',
  stateVersion: 1,
  initialState: initialLegalState,
  evolve: evolveLegal,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('legal-facility-not-found', 'No such legal facility.');
    switch (command.kind) {
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
    }
  },
};

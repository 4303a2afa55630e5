import { Decider, invalidState, notFound } from '@g3n/es';
import { ACTIVE_MACHINE, ActiveStatus, changedFields, statusChanges } from '../shared/status';
import type { OptionGroupDetails, OptionGroupEvent } from './option-group.events';
import { evolveOptionGroup, initialOptionGroupState, OptionGroupState } from './option-group.state';

export type OptionGroupCommand =
  | ({ kind: 'create'; group_id: string; org_guid: string; code: string } & OptionGroupDetails)
  | { kind: 'update'; changes: Partial<OptionGroupDetails> }
  | { kind: 'set-status'; status: ActiveStatus };

type State = OptionGroupState;

function create(c: Extract<OptionGroupCommand, { kind: 'create' }>, state: State): OptionGroupEvent[] {
  if (state.exists) throw invalidState('option-group-exists', 'This option group already exists.');
  const { kind: _kind, ...data } = c;
  return [{ type: 'pvm.option-group-created', data }];
}

function update(c: Extract<OptionGroupCommand, { kind: 'update' }>, state: State): OptionGroupEvent[] {
  const changes = changedFields<OptionGroupDetails>(state, c.changes);
  return Object.keys(changes).length ? [{ type: 'pvm.option-group-updated', data: { group_id: state.group_id, changes } }] : [];
}

function setStatus(c: Extract<OptionGroupCommand, { kind: 'set-status' }>, state: State): OptionGroupEvent[] {
  if (!statusChanges(ACTIVE_MACHINE, state.status, c.status)) return [];
  return [{ type: 'pvm.option-group-status-changed', data: { group_id: state.group_id, from: state.status, to: c.status } }];
}

export const optionGroupDecider: Decider<OptionGroupCommand, State, OptionGroupEvent> = {
  name: 'pvm.option-group',
  stateVersion: 1,
  initialState: initialOptionGroupState,
  evolve: evolveOptionGroup,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('option-group-not-found', 'No such option group.');
    switch (command.kind) {
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
    }
  },
};

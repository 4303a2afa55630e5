import { Decider, invalidState, notFound } from '@g3n/es';
import { ACTIVE_MACHINE, ActiveStatus, changedFields, statusChanges } from '../shared/status';
import type { OptionDetails, OptionEvent } from './option.events';
import { evolveOption, initialOptionState, OptionState } from './option.state';

/** The option's group as the handler found it in the log (null: no group with that code in the org). */
export type GroupLookup = { group_id: string; status: ActiveStatus } | null;

export type OptionCommand =
  | ({ kind: 'create'; option_id: string; org_guid: string; group_code: string; code: string; group: GroupLookup } & OptionDetails)
  | { kind: 'update'; changes: Partial<OptionDetails> }
  | { kind: 'set-status'; status: ActiveStatus };

type State = OptionState;

/** Options are added only to an existing, active group. */
export function assertGroupUsable(group: GroupLookup): asserts group is NonNullable<GroupLookup> {
  if (!group) throw notFound('option-group-not-found', 'No such option group in this org.');
  if (group.status !== 'active') throw invalidState('option-group-inactive', 'The option group is inactive.');
}

function create(c: Extract<OptionCommand, { kind: 'create' }>, state: State): OptionEvent[] {
  if (state.exists) throw invalidState('option-exists', 'This option already exists.');
  assertGroupUsable(c.group);
  const { option_id, org_guid, group_code, code, caption } = c;
  return [{ type: 'pvm.option-created', data: { option_id, org_guid, group_id: c.group.group_id, group_code, code, caption } }];
}

function update(c: Extract<OptionCommand, { kind: 'update' }>, state: State): OptionEvent[] {
  const changes = changedFields<OptionDetails>(state, c.changes);
  return Object.keys(changes).length ? [{ type: 'pvm.option-updated', data: { option_id: state.option_id, changes } }] : [];
}

function setStatus(c: Extract<OptionCommand, { kind: 'set-status' }>, state: State): OptionEvent[] {
  if (!statusChanges(ACTIVE_MACHINE, state.status, c.status)) return [];
  return [{ type: 'pvm.option-status-changed', data: { option_id: state.option_id, from: state.status, to: c.status } }];
}

export const optionDecider: Decider<OptionCommand, State, OptionEvent> = {
  name: 'pvm.option',
  stateVersion: 1,
  initialState: initialOptionState,
  evolve: evolveOption,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('option-not-found', 'No such option.');
    switch (command.kind) {
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
    }
  },
};

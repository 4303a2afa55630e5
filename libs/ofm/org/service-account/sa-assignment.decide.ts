import { Decider, notFound } from '@g3n/es';
import type { SaAssignmentEvent } from './sa-assignment.events';

export interface SaAssignmentState {
  logical_guids: string[];
}

export type SaAssignmentCommand =
  | { kind: 'assign-logical'; org_guid: string; service_account_id: string; logical_guid: string }
  | { kind: 'detach-logical'; org_guid: string; service_account_id: string; logical_guid: string };

export const saAssignmentDecider: Decider<SaAssignmentCommand, SaAssignmentState, SaAssignmentEvent> = {
  name: 'ofm.sa-assignment',
  stateVersion: 1,
  initialState: () => ({ logical_guids: [] }),
  evolve: (state, event) =>
    event.type === 'ofm.service-account-logical-assigned'
      ? { logical_guids: [...state.logical_guids, event.data.logical_guid] }
      : { logical_guids: state.logical_guids.filter((l) => l !== event.data.logical_guid) },
  decide(command, state) {
    const { kind, ...data } = command;
    const assigned = state.logical_guids.includes(command.logical_guid);
    if (kind === 'assign-logical') return assigned ? [] : [{ type: 'ofm.service-account-logical-assigned', data }];
    if (!assigned) throw notFound('assignment-not-found', 'The service account is not assigned to that logical facility.');
    return [{ type: 'ofm.service-account-logical-detached', data }];
  },
};

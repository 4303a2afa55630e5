import { Decider, invalidState, notFound } from '@g3n/es';
import type { ServiceAccountEvent, ServiceAccountStatus } from './service-account.events';
import { evolveServiceAccount, initialServiceAccountState, ServiceAccountState } from './service-account.state';

export type ServiceAccountCommand =
  | { kind: 'create'; org_guid: string; service_account_id: string; caption: string; description: string | null; now: string }
  | { kind: 'set-status'; status: ServiceAccountStatus; now: string }
  | { kind: 'revoke-keys'; now: string };

/** active ⇄ disabled. Setting the status it already has is a 409 invalid-state status-unchanged. */
export const serviceAccountDecider: Decider<ServiceAccountCommand, ServiceAccountState, ServiceAccountEvent> = {
  name: 'usm.service-account',
  stateVersion: 1,
  initialState: initialServiceAccountState,
  evolve: evolveServiceAccount,
  decide(command, state) {
    if (command.kind === 'create') {
      if (state.exists) throw invalidState('service-account-exists', 'The service account already exists.');
      const { org_guid, service_account_id, caption, description, now } = command;
      return [{ type: 'usm.service-account-created', data: { org_guid, service_account_id, caption, description, created_at: now } }];
    }
    if (!state.exists) throw notFound('service-account-not-found', 'No such service account.');
    const ids = { org_guid: state.org_guid, service_account_id: state.service_account_id };
    if (command.kind === 'revoke-keys') return [{ type: 'usm.service-account-keys-revoked', data: { ...ids, revoked_at: command.now } }];
    if (command.status === state.status) throw invalidState('status-unchanged', `The service account is already ${state.status}.`);
    return [{ type: 'usm.service-account-status-set', data: { ...ids, status: command.status, previous_status: state.status, at: command.now } }];
  },
};

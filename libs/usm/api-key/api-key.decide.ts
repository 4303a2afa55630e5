import { Decider, invalidState, notFound } from '@g3n/es';
import type { ApiKeyEvent, OrgApiKeysRevoked } from './api-key.events';
import { ApiKeyState, evolveApiKey, initialApiKeyState } from './api-key.state';

export type ApiKeyCommand =
  | { kind: 'create'; org_guid: string; api_key_id: string; service_account_id: string; caption: string | null; role_profiles: string[]; key_hash: string; last4: string; expires_at: string | null; now: string }
  | { kind: 'set-policy'; role_profiles: string[]; now: string }
  | { kind: 'revoke'; now: string };

/** active → revoked, once. A revoked key's policy cannot change. */
export const apiKeyDecider: Decider<ApiKeyCommand, ApiKeyState, ApiKeyEvent> = {
  name: 'usm.api-key',
  stateVersion: 1,
  initialState: initialApiKeyState,
  evolve: evolveApiKey,
  decide(command, state) {
    if (command.kind === 'create') {
      if (state.exists) throw invalidState('api-key-exists', 'The API key already exists.');
      const { kind: _kind, now, ...data } = command;
      return [{ type: 'usm.api-key-created', data: { ...data, created_at: now } }];
    }
    if (!state.exists) throw notFound('api-key-not-found', 'No such API key.');
    if (state.status === 'revoked') throw invalidState('api-key-revoked', 'The API key is revoked.');
    if (command.kind === 'set-policy') {
      return [{ type: 'usm.api-key-policy-set', data: { org_guid: state.org_guid, api_key_id: state.api_key_id, role_profiles: command.role_profiles, at: command.now } }];
    }
    return [{ type: 'usm.api-key-revoked', data: { org_guid: state.org_guid, api_key_id: state.api_key_id, service_account_id: state.service_account_id, revoked_at: command.now } }];
  },
};

export type OrgApiKeysCommand = { kind: 'revoke-all'; org_guid: string; now: string };

/** The org's revoke-all marker stream: every command is one more marker (the newest one counts). */
export const orgApiKeysDecider: Decider<OrgApiKeysCommand, { markers: number }, OrgApiKeysRevoked> = {
  name: 'usm.org-api-keys',
  stateVersion: 1,
  initialState: () => ({ markers: 0 }),
  evolve: (state) => ({ markers: state.markers + 1 }),
  decide: (c) => [{ type: 'usm.org-api-keys-revoked', data: { org_guid: c.org_guid, revoked_at: c.now } }],
};

import { conflict, Decider, invalidState, notFound } from '@g3n/es';
import type { OrgEvent, OrgStatus, OwnerState } from './org.events';
import { evolveOrg, initialOrgState, OrgState } from './org.state';

export type OrgCommand =
  | { kind: 'create'; org_guid: string; orgcode: string; caption: string; legal_name: string | null; owner_user_guid: string; default_cc_guid: string }
  | { kind: 'update'; caption?: string; legal_name?: string | null }
  | { kind: 'set-status'; to: OrgStatus; by: 'owner' | 'operator' }
  | { kind: 'set-primary-owner'; user_guid: string }
  | { kind: 'add-secondary-owner'; user_guid: string }
  | { kind: 'remove-secondary-owner'; user_guid: string }
  | { kind: 'set-owner-state'; user_guid: string; state: OwnerState };

/** The org lifecycle. Verification is the operator's; the rest is open to owners (and the operator). */
const TRANSITIONS: Array<{ from: OrgStatus; to: OrgStatus; operatorOnly?: boolean }> = [
  { from: 'unverified', to: 'verified', operatorOnly: true },
  { from: 'verified', to: 'active' },
  { from: 'verified', to: 'suspended' },
  { from: 'active', to: 'suspended' },
  { from: 'suspended', to: 'active' },
];

function setStatus(command: Extract<OrgCommand, { kind: 'set-status' }>, state: OrgState): OrgEvent[] {
  const rule = TRANSITIONS.find((t) => t.from === state.status && t.to === command.to);
  if (!rule || (rule.operatorOnly && command.by !== 'operator')) {
    throw invalidState('invalid-transition', `An org cannot go from ${state.status} to ${command.to}${rule ? ' through the API' : ''}.`, { from: state.status, to: command.to });
  }
  return [{ type: 'ofm.org-status-changed', data: { org_guid: state.org_guid, from: state.status, to: command.to, by: command.by } }];
}

function update(command: Extract<OrgCommand, { kind: 'update' }>, state: OrgState): OrgEvent[] {
  const data: { org_guid: string; caption?: string; legal_name?: string | null } = { org_guid: state.org_guid };
  if (command.caption !== undefined) data.caption = command.caption;
  if (command.legal_name !== undefined) data.legal_name = command.legal_name;
  return [{ type: 'ofm.org-updated', data }];
}

function owners(command: Extract<OrgCommand, { user_guid: string }>, state: OrgState): OrgEvent[] {
  const org_guid = state.org_guid;
  const { user_guid } = command;
  const isPrimary = state.primary_owner_user_guid === user_guid;
  const secondary = state.secondary[user_guid];
  switch (command.kind) {
    case 'set-primary-owner':
      if (isPrimary) return [];
      if (secondary !== 'active') throw invalidState('not-active-secondary-owner', 'The new primary owner must be an active secondary owner.');
      return [{ type: 'ofm.owner-primary-set', data: { org_guid, user_guid, previous_user_guid: state.primary_owner_user_guid } }];
    case 'add-secondary-owner':
      if (isPrimary || secondary) throw conflict('already-owner', 'The user is an owner of the org already.');
      return [{ type: 'ofm.owner-secondary-added', data: { org_guid, user_guid } }];
    case 'remove-secondary-owner':
      if (isPrimary) throw invalidState('primary-owner', 'The primary owner cannot be removed; make another owner primary first.');
      if (!secondary) throw notFound('owner-not-found', 'The user is not an owner of the org.');
      return [{ type: 'ofm.owner-secondary-removed', data: { org_guid, user_guid } }];
    case 'set-owner-state':
      if (isPrimary) throw invalidState('primary-owner', 'The primary owner cannot be suspended; make another owner primary first.');
      if (!secondary) throw notFound('owner-not-found', 'The user is not an owner of the org.');
      if (secondary === command.state) return [];
      return [{ type: 'ofm.owner-state-set', data: { org_guid, user_guid, from: secondary, state: command.state } }];
  }
}

export const orgDecider: Decider<OrgCommand, OrgState, OrgEvent> = {
  name: 'ofm.org',
  stateVersion: 1,
  initialState: initialOrgState,
  evolve: evolveOrg,
  decide(command, state) {
    if (command.kind === 'create') {
      if (state.exists) throw conflict('uniqueness-conflict', 'The org exists already.');
      const { kind: _kind, owner_user_guid, ...rest } = command;
      return [{ type: 'ofm.org-created', data: { ...rest, primary_owner_user_guid: owner_user_guid, status: 'unverified' } }];
    }
    if (!state.exists) throw notFound('org-not-found', 'No such org.');
    if (command.kind === 'update') return update(command, state);
    if (command.kind === 'set-status') return setStatus(command, state);
    return owners(command, state);
  },
};

import { given } from '@g3n/es';
import { orgDecider } from './org.decide';
import type { OrgEvent, OrgStatus } from './org.events';

const created: OrgEvent = {
  type: 'ofm.org-created',
  data: { org_guid: 'org_1', orgcode: 'ACME', caption: 'Acme', legal_name: null, primary_owner_user_guid: 'usr_p', default_cc_guid: 'cc_1', status: 'unverified' },
};
const moved = (from: OrgStatus, to: OrgStatus, by: 'owner' | 'operator' = 'owner'): OrgEvent => ({ type: 'ofm.org-status-changed', data: { org_guid: 'org_1', from, to, by } });
const secondaryAdded: OrgEvent = { type: 'ofm.owner-secondary-added', data: { org_guid: 'org_1', user_guid: 'usr_s' } };
const verified = moved('unverified', 'verified', 'operator');

describe('org decider', () => {
  it('creates an unverified org once', () => {
    given(orgDecider, []).when({ kind: 'create', org_guid: 'org_1', orgcode: 'ACME', caption: 'Acme', legal_name: null, owner_user_guid: 'usr_p', default_cc_guid: 'cc_1' }).then([created]);
    given(orgDecider, [created]).when({ kind: 'create', org_guid: 'org_1', orgcode: 'ACME', caption: 'Acme', legal_name: null, owner_user_guid: 'usr_p', default_cc_guid: 'cc_1' }).thenRejects('conflict');
  });

  it('is verified only by the operator', () => {
    given(orgDecider, [created]).when({ kind: 'set-status', to: 'verified', by: 'operator' }).then([verified]);
    given(orgDecider, [created]).when({ kind: 'set-status', to: 'verified', by: 'owner' }).thenRejects('invalid-state', 'invalid-transition');
  });

  it('walks activate → suspend → restore', () => {
    given(orgDecider, [created, verified]).when({ kind: 'set-status', to: 'active', by: 'owner' }).then([moved('verified', 'active')]);
    given(orgDecider, [created, verified, moved('verified', 'active')]).when({ kind: 'set-status', to: 'suspended', by: 'owner' }).then([moved('active', 'suspended')]);
    given(orgDecider, [created, verified, moved('verified', 'suspended')]).when({ kind: 'set-status', to: 'active', by: 'owner' }).then([moved('suspended', 'active')]);
  });

  it('refuses transitions outside the machine', () => {
    given(orgDecider, [created]).when({ kind: 'set-status', to: 'active', by: 'owner' }).thenRejects('invalid-state', 'invalid-transition');
    given(orgDecider, [created, verified, moved('verified', 'active')]).when({ kind: 'set-status', to: 'active', by: 'owner' }).thenRejects('invalid-state', 'invalid-transition');
    given(orgDecider, [created]).when({ kind: 'set-status', to: 'suspended', by: 'operator' }).thenRejects('invalid-state', 'invalid-transition');
  });

  it('updates only the given fields', () => {
    given(orgDecider, [created]).when({ kind: 'update', legal_name: 'Acme Inc' }).then([{ type: 'ofm.org-updated', data: { org_guid: 'org_1', legal_name: 'Acme Inc' } }]);
    given(orgDecider, []).when({ kind: 'update', caption: 'x' }).thenRejects('not-found', 'org-not-found');
  });

  it('adds, suspends and removes secondary owners, never the primary', () => {
    given(orgDecider, [created]).when({ kind: 'add-secondary-owner', user_guid: 'usr_s' }).then([secondaryAdded]);
    given(orgDecider, [created, secondaryAdded]).when({ kind: 'add-secondary-owner', user_guid: 'usr_s' }).thenRejects('conflict', 'already-owner');
    given(orgDecider, [created, secondaryAdded]).when({ kind: 'set-owner-state', user_guid: 'usr_s', state: 'suspended' })
      .then([{ type: 'ofm.owner-state-set', data: { org_guid: 'org_1', user_guid: 'usr_s', from: 'active', state: 'suspended' } }]);
    given(orgDecider, [created, secondaryAdded]).when({ kind: 'remove-secondary-owner', user_guid: 'usr_s' })
      .then([{ type: 'ofm.owner-secondary-removed', data: { org_guid: 'org_1', user_guid: 'usr_s' } }]);
    given(orgDecider, [created]).when({ kind: 'remove-secondary-owner', user_guid: 'usr_p' }).thenRejects('invalid-state', 'primary-owner');
    given(orgDecider, [created]).when({ kind: 'set-owner-state', user_guid: 'usr_p', state: 'suspended' }).thenRejects('invalid-state', 'primary-owner');
    given(orgDecider, [created]).when({ kind: 'remove-secondary-owner', user_guid: 'usr_x' }).thenRejects('not-found', 'owner-not-found');
  });

  it('hands the primary role to an active secondary owner, who swaps places with the old primary', () => {
    const primarySet: OrgEvent = { type: 'ofm.owner-primary-set', data: { org_guid: 'org_1', user_guid: 'usr_s', previous_user_guid: 'usr_p' } };
    given(orgDecider, [created, secondaryAdded]).when({ kind: 'set-primary-owner', user_guid: 'usr_s' }).then([primarySet]);
    given(orgDecider, [created, secondaryAdded]).when({ kind: 'set-primary-owner', user_guid: 'usr_s' }).thenState((s) => {
      expect(s.primary_owner_user_guid).toBe('usr_s');
      expect(s.secondary).toEqual({ usr_p: 'active' });
    });
    given(orgDecider, [created]).when({ kind: 'set-primary-owner', user_guid: 'usr_x' }).thenRejects('invalid-state', 'not-active-secondary-owner');
  });
});

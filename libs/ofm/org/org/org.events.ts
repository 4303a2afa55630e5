// The org record and its owners: one stream per org (`<org_guid>/ofm.org/<org_guid>`).
import { defineEvent, DomainEvent } from '@g3n/es';
import { nullableStr, object, str } from '../shared/schema';

export type OrgStatus = 'unverified' | 'verified' | 'active' | 'suspended';
export type OwnerState = 'active' | 'suspended';

type Org = { org_guid: string };
export type OrgCreated = DomainEvent<'ofm.org-created', Org & { orgcode: string; caption: string; legal_name: string | null; primary_owner_user_guid: string; default_cc_guid: string; status: 'unverified' }>;
export type OrgUpdated = DomainEvent<'ofm.org-updated', Org & { caption?: string; legal_name?: string | null }>;
export type OrgStatusChanged = DomainEvent<'ofm.org-status-changed', Org & { from: OrgStatus; to: OrgStatus; by: 'owner' | 'operator' }>;
export type OwnerPrimarySet = DomainEvent<'ofm.owner-primary-set', Org & { user_guid: string; previous_user_guid: string }>;
export type OwnerSecondaryAdded = DomainEvent<'ofm.owner-secondary-added', Org & { user_guid: string }>;
export type OwnerSecondaryRemoved = DomainEvent<'ofm.owner-secondary-removed', Org & { user_guid: string }>;
export type OwnerStateSet = DomainEvent<'ofm.owner-state-set', Org & { user_guid: string; from: OwnerState; state: OwnerState }>;
export type OrgEvent = OrgCreated | OrgUpdated | OrgStatusChanged | OwnerPrimarySet | OwnerSecondaryAdded | OwnerSecondaryRemoved | OwnerStateSet;

const stream = '<org_guid>/ofm.org/<org_guid>';
const status = { type: 'string', enum: ['unverified', 'verified', 'active', 'suspended'] };
const ownerState = { type: 'string', enum: ['active', 'suspended'] };

export const orgEvents = [
  defineEvent({
    type: 'ofm.org-created', version: 1, stream, description: 'An org was created (unverified) with its primary owner and default cost centre id.',
    schema: object({ org_guid: str, orgcode: str, caption: str, legal_name: nullableStr, primary_owner_user_guid: str, default_cc_guid: str, status }),
  }),
  defineEvent({
    type: 'ofm.org-updated', version: 1, stream, description: 'The org caption or legal name changed (only changed fields are present).',
    schema: object({ org_guid: str, caption: str, legal_name: nullableStr }, ['org_guid']),
  }),
  defineEvent({
    type: 'ofm.org-status-changed', version: 1, stream, description: 'The org moved along its lifecycle (verify, activate, suspend, restore).',
    schema: object({ org_guid: str, from: status, to: status, by: { type: 'string', enum: ['owner', 'operator'] } }),
  }),
  defineEvent({
    type: 'ofm.owner-primary-set', version: 1, stream, description: 'A secondary owner became the primary owner; the previous primary became a secondary owner.',
    schema: object({ org_guid: str, user_guid: str, previous_user_guid: str }),
  }),
  defineEvent({ type: 'ofm.owner-secondary-added', version: 1, stream, description: 'A user became a secondary owner.', schema: object({ org_guid: str, user_guid: str }) }),
  defineEvent({ type: 'ofm.owner-secondary-removed', version: 1, stream, description: 'A secondary owner was removed.', schema: object({ org_guid: str, user_guid: str }) }),
  defineEvent({
    type: 'ofm.owner-state-set', version: 1, stream, description: 'A secondary owner was suspended or reinstated.',
    schema: object({ org_guid: str, user_guid: str, from: ownerState, state: ownerState }),
  }),
];

// Org members (non-owner users holding role profiles) and their logical-facility assignments:
// one stream per member (`<org_guid>/ofm.member/<user_guid>`).
import { defineEvent, DomainEvent } from '@g3n/es';
import { object, str, strArray } from '../shared/schema';

export type MemberState = 'active' | 'suspended' | 'removed';
type Ids = { org_guid: string; user_guid: string };
export type MemberJoined = DomainEvent<'ofm.member-joined', Ids & { role_profiles: string[]; invite_code: string }>;
export type MemberStateSet = DomainEvent<'ofm.member-state-set', Ids & { from: MemberState; state: MemberState }>;
export type MemberLogicalAssigned = DomainEvent<'ofm.member-logical-assigned', Ids & { logical_guid: string }>;
export type MemberLogicalDetached = DomainEvent<'ofm.member-logical-detached', Ids & { logical_guid: string }>;
export type MemberEvent = MemberJoined | MemberStateSet | MemberLogicalAssigned | MemberLogicalDetached;

const stream = '<org_guid>/ofm.member/<user_guid>';
const state = { type: 'string', enum: ['active', 'suspended', 'removed'] };

export const memberEvents = [
  defineEvent({
    type: 'ofm.member-joined', version: 1, stream, description: 'A user accepted a member invite and joined the org with its role profiles.',
    schema: object({ org_guid: str, user_guid: str, role_profiles: strArray, invite_code: str }),
  }),
  defineEvent({
    type: 'ofm.member-state-set', version: 1, stream, description: 'A member was suspended, reinstated or removed.',
    schema: object({ org_guid: str, user_guid: str, from: state, state }),
  }),
  defineEvent({
    type: 'ofm.member-logical-assigned', version: 1, stream, description: 'A member was assigned to a logical facility.',
    schema: object({ org_guid: str, user_guid: str, logical_guid: str }),
  }),
  defineEvent({
    type: 'ofm.member-logical-detached', version: 1, stream, description: 'A member was detached from a logical facility (also on removal).',
    schema: object({ org_guid: str, user_guid: str, logical_guid: str }),
  }),
];

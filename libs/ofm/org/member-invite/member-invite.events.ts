// Member invites, bound to the invitee: one stream per invite (`<org_guid>/ofm.member-invite/<code>`).
import { defineEvent, DomainEvent } from '@g3n/es';
import { object, str } from '../shared/schema';

type Ids = { org_guid: string; code: string };
export type MemberInviteCreated = DomainEvent<'ofm.member-invite-created', Ids & { invitee_user_guid: string; caption: string; role_profile_id: string; invited_by_user_guid: string; expires_at: string }>;
export type MemberInviteAccepted = DomainEvent<'ofm.member-invite-accepted', Ids & { user_guid: string }>;
export type MemberInviteRevoked = DomainEvent<'ofm.member-invite-revoked', Ids>;
export type MemberInviteEvent = MemberInviteCreated | MemberInviteAccepted | MemberInviteRevoked;

const stream = '<org_guid>/ofm.member-invite/<code>';

export const memberInviteEvents = [
  defineEvent({
    type: 'ofm.member-invite-created', version: 1, stream, description: 'An owner invited a user to join the org with a role profile.',
    schema: object({ org_guid: str, code: str, invitee_user_guid: str, caption: str, role_profile_id: str, invited_by_user_guid: str, expires_at: str }),
  }),
  defineEvent({ type: 'ofm.member-invite-accepted', version: 1, stream, description: 'The invitee accepted the invite.', schema: object({ org_guid: str, code: str, user_guid: str }) }),
  defineEvent({ type: 'ofm.member-invite-revoked', version: 1, stream, description: 'An owner revoked a pending invite.', schema: object({ org_guid: str, code: str }) }),
];

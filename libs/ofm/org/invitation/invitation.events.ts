// Org-creation invitations: operator-issued, single use, platform records (no org yet).
import { defineEvent, DomainEvent } from '@g3n/es';
import { object, str } from '../shared/schema';

export type InvitationIssued = DomainEvent<'ofm.invitation-issued', { invitation_code: string; issued_at: string; expires_at: string }>;
export type InvitationConsumed = DomainEvent<'ofm.invitation-consumed', { invitation_code: string; org_guid: string; user_guid: string; consumed_at: string }>;
export type InvitationEvent = InvitationIssued | InvitationConsumed;

const stream = 'platform/ofm.invitation/<invitation_code>';

export const invitationEvents = [
  defineEvent({
    type: 'ofm.invitation-issued', version: 1, stream, description: 'An operator issued an org-creation invitation.',
    schema: object({ invitation_code: str, issued_at: str, expires_at: str }),
  }),
  defineEvent({
    type: 'ofm.invitation-consumed', version: 1, stream, description: 'An org was created with the invitation; it cannot be used again.',
    schema: object({ invitation_code: str, org_guid: str, user_guid: str, consumed_at: str }),
  }),
];

import { given } from '@g3n/es';
import { invitationDecider } from './invitation.decide';
import type { InvitationEvent } from './invitation.events';

const issued: InvitationEvent = { type: 'ofm.invitation-issued', data: { invitation_code: 'INV-A', issued_at: '2026-01-01T00:00:00.000Z', expires_at: '2026-01-08T00:00:00.000Z' } };
const consumed: InvitationEvent = { type: 'ofm.invitation-consumed', data: { invitation_code: 'INV-A', org_guid: 'org_1', user_guid: 'usr_1', consumed_at: '2026-01-02T00:00:00.000Z' } };
const consume = (org_guid: string, now = '2026-01-02T00:00:00.000Z') => ({ kind: 'consume' as const, invitation_code: 'INV-A', org_guid, user_guid: 'usr_1', now });

describe('invitation decider', () => {
  it('issues once', () => {
    given(invitationDecider, []).when({ kind: 'issue', invitation_code: 'INV-A', now: issued.data.issued_at as string, expires_at: issued.data.expires_at as string }).then([issued]);
    given(invitationDecider, [issued]).when({ kind: 'issue', invitation_code: 'INV-A', now: 'x', expires_at: 'y' }).thenRejects('conflict', 'uniqueness-conflict');
  });

  it('is consumed once, before it expires', () => {
    given(invitationDecider, [issued]).when(consume('org_1')).then([consumed]);
    given(invitationDecider, [issued, consumed]).when(consume('org_2')).thenRejects('conflict', 'invitation-consumed');
    given(invitationDecider, [issued]).when(consume('org_1', '2026-01-08T00:00:00.000Z')).thenRejects('conflict', 'invitation-expired');
    given(invitationDecider, []).when(consume('org_1')).thenRejects('not-found', 'invitation-not-found');
  });

  it('lets the same org creation retry without consuming twice', () => {
    given(invitationDecider, [issued, consumed]).when(consume('org_1')).then([]);
  });
});

import { given } from '@g3n/es';
import { memberInviteDecider } from './member-invite.decide';
import type { MemberInviteEvent } from './member-invite.events';

const created: MemberInviteEvent = {
  type: 'ofm.member-invite-created',
  data: { org_guid: 'org_1', code: 'MI-1', invitee_user_guid: 'usr_i', caption: 'Staff', role_profile_id: 'pvv', invited_by_user_guid: 'usr_o', expires_at: '2026-01-15T00:00:00.000Z' },
};
const accepted: MemberInviteEvent = { type: 'ofm.member-invite-accepted', data: { org_guid: 'org_1', code: 'MI-1', user_guid: 'usr_i' } };
const revoked: MemberInviteEvent = { type: 'ofm.member-invite-revoked', data: { org_guid: 'org_1', code: 'MI-1' } };
const accept = (user_guid: string, now = '2026-01-02T00:00:00.000Z') => ({ kind: 'accept' as const, user_guid, now });

describe('member invite decider', () => {
  it('is accepted by the invitee only; anyone else gets not-found', () => {
    given(memberInviteDecider, [created]).when(accept('usr_i')).then([accepted]);
    given(memberInviteDecider, [created]).when(accept('usr_x')).thenRejects('not-found', 'not-found');
    given(memberInviteDecider, []).when(accept('usr_i')).thenRejects('not-found', 'not-found');
  });

  it('cannot be accepted twice, after revocation or after it expired', () => {
    given(memberInviteDecider, [created, accepted]).when(accept('usr_i')).thenRejects('conflict', 'invite-accepted');
    given(memberInviteDecider, [created, revoked]).when(accept('usr_i')).thenRejects('conflict', 'invite-revoked');
    given(memberInviteDecider, [created]).when(accept('usr_i', '2026-01-15T00:00:00.000Z')).thenRejects('conflict', 'invite-expired');
  });

  it('is revoked only while pending', () => {
    given(memberInviteDecider, [created]).when({ kind: 'revoke' }).then([revoked]);
    given(memberInviteDecider, [created, accepted]).when({ kind: 'revoke' }).thenRejects('invalid-state', 'invite-not-pending');
    given(memberInviteDecider, []).when({ kind: 'revoke' }).thenRejects('not-found', 'invite-not-found');
  });
});

import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import { created, dataOf, touched } from './record-fields';

export interface MemberInviteDoc extends Doc {
  org_guid: string;
  code: string;
  invitee_user_guid: string;
  caption: string;
  role_profile_id: string;
  invited_by_user_guid: string;
  expires_at: string;
  /** pending | accepted | revoked; readers show a pending invite past expires_at as `expired`. */
  status: string;
  accepted_by_user_guid: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

const INVITES = 'ofm_member_invites';

/** `_id` = the invite code: the accept route finds the org from it. */
export const ofmMemberInvitesProjection: ProjectionDefinition = {
  name: 'ofm.member-invites',
  version: 1,
  collections: [{ name: INVITES, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['invitee_user_guid'] }] }],
  handlers: {
    'ofm.member-invite-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<MemberInviteDoc>(INVITES, {
        _id: d.code, org_guid: d.org_guid, code: d.code, invitee_user_guid: d.invitee_user_guid, caption: d.caption, role_profile_id: d.role_profile_id,
        invited_by_user_guid: d.invited_by_user_guid, expires_at: d.expires_at, status: 'pending', accepted_by_user_guid: null, ...created(e),
      });
    },
    'ofm.member-invite-accepted': (e, ctx) =>
      ctx.update<MemberInviteDoc>(INVITES, dataOf(e).code, (i) => i && { ...i, status: 'accepted', accepted_by_user_guid: dataOf(e).user_guid, ...touched(e) }),
    'ofm.member-invite-revoked': (e, ctx) => ctx.update<MemberInviteDoc>(INVITES, dataOf(e).code, (i) => i && { ...i, status: 'revoked', ...touched(e) }),
  },
};

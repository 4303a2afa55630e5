import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export const USM_SESSIONS = 'usm_sessions';
export const USM_USER_SESSIONS = 'usm_user_sessions';

export interface SessionDoc extends Doc {
  session_guid: string;
  user_guid: string;
  status: 'active' | 'closed' | 'revoked';
  caption: string | null;
  session_label: string | null;
  created_at: string;
  expires_at: string;
  closed_at: string | null;
  revision: number;
  updated_at: string;
  /** Log position of the session's creation: compared with the user's revoke markers. */
  created_position: number;
}

/** Per user: the sessions still active (so a revoke can mark them) and the revoke markers (log positions). */
export interface UserSessionsDoc extends Doc {
  user_guid: string;
  active: string[];
  revoked_all_position: number;
  revoked_others: { position: number; except_session_guid: string | null } | null;
  revoked_at: string | null;
}

const emptyUser = (user_guid: string): UserSessionsDoc => ({
  _id: user_guid, user_guid, active: [], revoked_all_position: 0, revoked_others: null, revoked_at: null,
});

/** True when a revoke marker of the user covers this session. The directory applies it too (fail-closed). */
export function revokedByMarker(session: Pick<SessionDoc, 'session_guid' | 'created_position'>, user: UserSessionsDoc | null): boolean {
  if (!user) return false;
  if (session.created_position < user.revoked_all_position) return true;
  const others = user.revoked_others;
  return !!others && session.created_position < others.position && session.session_guid !== others.except_session_guid;
}

export const usmSessionsProjection: ProjectionDefinition = {
  name: 'usm.sessions',
  version: 1,
  collections: [
    { name: USM_SESSIONS, indexes: [{ fields: ['user_guid', '-created_at'] }] },
    { name: USM_USER_SESSIONS },
  ],
  handlers: {
    'usm.session-created': async (e, ctx) => {
      const d = e.data as { session_guid: string; user_guid: string; caption: string | null; session_label: string | null; created_at: string; expires_at: string };
      ctx.put<SessionDoc>(USM_SESSIONS, {
        _id: d.session_guid, session_guid: d.session_guid, user_guid: d.user_guid, status: 'active', caption: d.caption,
        session_label: d.session_label, created_at: d.created_at, expires_at: d.expires_at, closed_at: null,
        revision: e.revision, updated_at: d.created_at, created_position: e.position,
      });
      await ctx.update<UserSessionsDoc>(USM_USER_SESSIONS, d.user_guid, (u) => {
        const doc = u ?? emptyUser(d.user_guid);
        return { ...doc, active: [...doc.active, d.session_guid] };
      });
    },
    'usm.session-closed': async (e, ctx) => {
      const d = e.data as { session_guid: string; user_guid: string; closed_at: string };
      await ctx.update<SessionDoc>(USM_SESSIONS, d.session_guid, (s) =>
        s ? { ...s, status: s.status === 'revoked' ? 'revoked' : 'closed', closed_at: s.closed_at ?? d.closed_at, revision: e.revision, updated_at: d.closed_at } : undefined,
      );
      await ctx.update<UserSessionsDoc>(USM_USER_SESSIONS, d.user_guid, (u) => u && { ...u, active: u.active.filter((g) => g !== d.session_guid) });
    },
    'usm.sessions-revoked': async (e, ctx) => {
      const d = e.data as { user_guid: string; scope: 'all' | 'others'; except_session_guid: string | null; revoked_at: string };
      const user = (await ctx.get<UserSessionsDoc>(USM_USER_SESSIONS, d.user_guid)) ?? emptyUser(d.user_guid);
      const keep = d.scope === 'others' ? d.except_session_guid : null;
      for (const guid of user.active) {
        if (guid === keep) continue;
        await ctx.update<SessionDoc>(USM_SESSIONS, guid, (s) =>
          s && s.status === 'active' ? { ...s, status: 'revoked', closed_at: d.revoked_at, updated_at: d.revoked_at } : undefined,
        );
      }
      ctx.put<UserSessionsDoc>(USM_USER_SESSIONS, {
        ...user,
        active: user.active.filter((g) => g === keep),
        revoked_all_position: d.scope === 'all' ? e.position : user.revoked_all_position,
        revoked_others: d.scope === 'others' ? { position: e.position, except_session_guid: keep } : user.revoked_others,
        revoked_at: d.revoked_at,
      });
    },
  },
};

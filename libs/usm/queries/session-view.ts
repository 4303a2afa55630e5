import type { Runtime } from '@g3n/platform';
import { revokedByMarker, SessionDoc, USM_USER_SESSIONS, UserSessionsDoc } from '../../../projections/usm/sessions.projection';
import type { Session } from '../api/dto/session.dto';

/** The public shape of a session: internal fields dropped, status made effective (revoked by marker, expired). */
export async function sessionView(runtime: Runtime, doc: SessionDoc, now: Date, user?: UserSessionsDoc | null): Promise<Session> {
  const marker = user !== undefined ? user : await runtime.readModels.collection<UserSessionsDoc>(USM_USER_SESSIONS).get(doc.user_guid);
  let status: string = doc.status;
  if (status === 'active' && revokedByMarker(doc, marker)) status = 'revoked';
  if (status === 'active' && Date.parse(doc.expires_at) <= now.getTime()) status = 'expired';
  return {
    session_guid: doc.session_guid, user_guid: doc.user_guid, status, caption: doc.caption, session_label: doc.session_label,
    created_at: doc.created_at, expires_at: doc.expires_at, closed_at: doc.closed_at, revision: doc.revision, updated_at: doc.updated_at,
  };
}

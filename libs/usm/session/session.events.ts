// Session events (platform records). The session guid is the bearer credential, so it is in the stream name and
// events, as in every read model that must find it; no passcode ever is.
import { defineEvent, DomainEvent } from '@g3n/es';

export type SessionCreated = DomainEvent<'usm.session-created', {
  session_guid: string;
  user_guid: string;
  caption: string | null;
  session_label: string | null;
  created_at: string;
  expires_at: string;
}>;
export type SessionClosed = DomainEvent<'usm.session-closed', { session_guid: string; user_guid: string; closed_at: string }>;
export type SessionEvent = SessionCreated | SessionClosed;

/** One event revokes many sessions of a user at once (logout everywhere / other devices): fail-closed by design. */
export type SessionsRevoked = DomainEvent<'usm.sessions-revoked', {
  user_guid: string;
  scope: 'all' | 'others';
  /** With scope `others`: the session that stays valid (the caller's). */
  except_session_guid: string | null;
  revoked_at: string;
}>;
export type UserSessionsEvent = SessionsRevoked;

const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };

export const sessionEvents = [
  defineEvent({
    type: 'usm.session-created', version: 1, stream: 'platform/usm.session/<session_guid>',
    description: 'A user signed in: a session was opened.',
    schema: {
      type: 'object', required: ['session_guid', 'user_guid', 'created_at', 'expires_at'],
      properties: { session_guid: str, user_guid: str, caption: nullableStr, session_label: nullableStr, created_at: str, expires_at: str },
    },
  }),
  defineEvent({
    type: 'usm.session-closed', version: 1, stream: 'platform/usm.session/<session_guid>',
    description: 'A session was closed (sign out).',
    schema: { type: 'object', required: ['session_guid', 'user_guid', 'closed_at'], properties: { session_guid: str, user_guid: str, closed_at: str } },
  }),
  defineEvent({
    type: 'usm.sessions-revoked', version: 1, stream: 'platform/usm.user-sessions/<user_guid>',
    description: 'Every session of the user opened before this event (except one, for scope "others") stopped being valid.',
    schema: {
      type: 'object', required: ['user_guid', 'scope', 'revoked_at'],
      properties: { user_guid: str, scope: { enum: ['all', 'others'] }, except_session_guid: nullableStr, revoked_at: str },
    },
  }),
];

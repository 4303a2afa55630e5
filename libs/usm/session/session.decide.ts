import { Decider, invalidState, notFound } from '@g3n/es';
import type { SessionEvent, UserSessionsEvent } from './session.events';
import { evolveSession, initialSessionState, SessionState } from './session.state';

export type SessionCommand =
  | { kind: 'create'; session_guid: string; user_guid: string; caption: string | null; session_label: string | null; now: string; expires_at: string }
  | { kind: 'close'; now: string };

/** active → closed; a closed session stays closed (revocation by the user-sessions marker is not a state here). */
export const sessionDecider: Decider<SessionCommand, SessionState, SessionEvent> = {
  name: 'usm.session',
  stateVersion: 1,
  initialState: initialSessionState,
  evolve: evolveSession,
  decide(command, state) {
    if (command.kind === 'create') {
      if (state.status !== 'none') throw invalidState('session-exists', 'The session already exists.');
      const { session_guid, user_guid, caption, session_label, now, expires_at } = command;
      return [{ type: 'usm.session-created', data: { session_guid, user_guid, caption, session_label, created_at: now, expires_at } }];
    }
    if (state.status === 'none') throw notFound('session-not-found', 'No such session.');
    if (state.status === 'closed') throw invalidState('session-closed', 'The session is already closed.');
    return [{ type: 'usm.session-closed', data: { session_guid: state.session_guid, user_guid: state.user_guid, closed_at: command.now } }];
  },
};

export type UserSessionsCommand = { kind: 'revoke'; user_guid: string; scope: 'all' | 'others'; except_session_guid: string | null; now: string };

/**
 * The per-user `usm.user-sessions` stream: each revoke is one event that the identity directory checks against
 * every session's log position, so "logout everywhere" holds even for sessions no projection has touched yet.
 */
export const userSessionsDecider: Decider<UserSessionsCommand, { revocations: number }, UserSessionsEvent> = {
  name: 'usm.user-sessions',
  stateVersion: 1,
  initialState: () => ({ revocations: 0 }),
  evolve: (state) => ({ revocations: state.revocations + 1 }),
  decide: (c) => [{
    type: 'usm.sessions-revoked',
    data: { user_guid: c.user_guid, scope: c.scope, except_session_guid: c.scope === 'others' ? c.except_session_guid : null, revoked_at: c.now },
  }],
};

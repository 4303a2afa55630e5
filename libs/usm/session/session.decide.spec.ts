import { given } from '@g3n/es';
import { sessionDecider, userSessionsDecider } from './session.decide';
import type { SessionEvent } from './session.events';

const now = '2026-01-01T00:00:00.000Z';
const created: SessionEvent = {
  type: 'usm.session-created',
  data: { session_guid: 's1', user_guid: 'u1', caption: null, session_label: 'web', created_at: now, expires_at: '2026-01-01T12:00:00.000Z' },
};

describe('session decider', () => {
  it('opens once, closes once', () => {
    given(sessionDecider, []).when({ kind: 'create', session_guid: 's1', user_guid: 'u1', caption: null, session_label: 'web', now, expires_at: '2026-01-01T12:00:00.000Z' }).then([created]);
    given(sessionDecider, [created]).when({ kind: 'create', session_guid: 's1', user_guid: 'u1', caption: null, session_label: null, now, expires_at: now }).thenRejects('invalid-state', 'session-exists');
    const closed: SessionEvent = { type: 'usm.session-closed', data: { session_guid: 's1', user_guid: 'u1', closed_at: now } };
    given(sessionDecider, [created]).when({ kind: 'close', now }).then([closed]);
    given(sessionDecider, [created, closed]).when({ kind: 'close', now }).thenRejects('invalid-state', 'session-closed');
    given(sessionDecider, []).when({ kind: 'close', now }).thenRejects('not-found', 'session-not-found');
  });

  it('revokes a user\'s sessions with one event', () => {
    given(userSessionsDecider, []).when({ kind: 'revoke', user_guid: 'u1', scope: 'all', except_session_guid: 's1', now })
      .then([{ type: 'usm.sessions-revoked', data: { user_guid: 'u1', scope: 'all', except_session_guid: null, revoked_at: now } }]);
    given(userSessionsDecider, []).when({ kind: 'revoke', user_guid: 'u1', scope: 'others', except_session_guid: 's1', now })
      .then([{ type: 'usm.sessions-revoked', data: { user_guid: 'u1', scope: 'others', except_session_guid: 's1', revoked_at: now } }]);
  });
});

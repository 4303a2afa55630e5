import type { SessionEvent } from './session.events';

export type SessionStatus = 'none' | 'active' | 'closed';

export interface SessionState {
  status: SessionStatus;
  session_guid: string;
  user_guid: string;
}

export const initialSessionState = (): SessionState => ({ status: 'none', session_guid: '', user_guid: '' });

export function evolveSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'usm.session-created':
      return { status: 'active', session_guid: event.data.session_guid, user_guid: event.data.user_guid };
    case 'usm.session-closed':
      return { ...state, status: 'closed' };
  }
}

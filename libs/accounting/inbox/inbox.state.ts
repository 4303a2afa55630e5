import type { InboxEvent, InboxState, InboxStatus } from './inbox.events';

export interface InboxItemState {
  exists: boolean;
  inbox_id: string;
  status: InboxStatus;
  state: InboxState;
}

export const initialInboxState = (): InboxItemState => ({ exists: false, inbox_id: '', status: 'open', state: 'unread' });

export function evolveInbox(s: InboxItemState, event: InboxEvent): InboxItemState {
  switch (event.type) {
    case 'accounting.inbox-item-created':
      return { exists: true, inbox_id: event.data.inbox_id, status: 'open', state: 'unread' };
    case 'accounting.inbox-item-status-set':
      return { ...s, status: event.data.to };
    case 'accounting.inbox-item-state-set':
      return { ...s, state: event.data.to };
  }
}

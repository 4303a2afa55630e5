import { Decider, invalidState } from '@g3n/es';
import type { InboxCreatedData, InboxEvent, InboxState, InboxStatus } from './inbox.events';
import { evolveInbox, InboxItemState, initialInboxState } from './inbox.state';

export type InboxCommand =
  | ({ kind: 'create' } & InboxCreatedData)
  | { kind: 'set-status'; status: InboxStatus }
  | { kind: 'set-state'; state: InboxState };

/** open → in_progress → done; open|in_progress → dismissed; done|dismissed → open (reopen). */
const TRANSITIONS: Record<InboxStatus, InboxStatus[]> = { open: ['in_progress', 'done', 'dismissed'], in_progress: ['open', 'done', 'dismissed'], done: ['open'], dismissed: ['open'] };

export const inboxDecider: Decider<InboxCommand, InboxItemState, InboxEvent> = {
  name: 'accounting.inbox',
  stateVersion: 1,
  initialState: initialInboxState,
  evolve: evolveInbox,
  decide(command, s) {
    if (command.kind === 'create') {
      if (s.exists) throw invalidState('inbox-item-exists', 'This inbox item already exists.');
      const { kind: _k, ...data } = command;
      return [{ type: 'accounting.inbox-item-created', data }];
    }
    if (!s.exists) throw invalidState('inbox-item-missing', 'No such inbox item.');
    if (command.kind === 'set-status') {
      if (!TRANSITIONS[s.status].includes(command.status)) {
        throw invalidState('invalid-transition', `An inbox item cannot go from ${s.status} to ${command.status}.`, { from: s.status, to: command.status });
      }
      return [{ type: 'accounting.inbox-item-status-set', data: { inbox_id: s.inbox_id, from: s.status, to: command.status } }];
    }
    // Marking read what is already read is a harmless repeat (a client re-opening the item): no event.
    if (command.state === s.state) return [];
    return [{ type: 'accounting.inbox-item-state-set', data: { inbox_id: s.inbox_id, from: s.state, to: command.state } }];
  },
};

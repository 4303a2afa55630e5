import { given } from '@g3n/es';
import { inboxDecider } from './inbox.decide';
import type { InboxEvent } from './inbox.events';

const data = { inbox_id: 'inb_1', org_guid: 'org1', title: 'Export failed', body: null, subject_kind: 'export', subject_id: 'exp_1', priority: 'high' as const, assignee_user_guid: null, due_at: null };
const created: InboxEvent = { type: 'accounting.inbox-item-created', data };
const status = (from: string, to: string) => ({ type: 'accounting.inbox-item-status-set', data: { inbox_id: 'inb_1', from, to } }) as InboxEvent;

describe('inbox decider', () => {
  it('creates an item once', () => {
    given(inboxDecider, []).when({ kind: 'create', ...data }).then([created]);
    given(inboxDecider, [created]).when({ kind: 'create', ...data }).thenRejects('invalid-state', 'inbox-item-exists');
  });

  it('follows the task workflow', () => {
    given(inboxDecider, [created]).when({ kind: 'set-status', status: 'in_progress' }).then([status('open', 'in_progress')]);
    given(inboxDecider, [created, status('open', 'done')]).when({ kind: 'set-status', status: 'in_progress' }).thenRejects('invalid-state', 'invalid-transition');
    given(inboxDecider, [created, status('open', 'done')]).when({ kind: 'set-status', status: 'open' }).then([status('done', 'open')]);
  });

  it('marks read/archived; a repeat is a no-op', () => {
    given(inboxDecider, [created]).when({ kind: 'set-state', state: 'read' }).then([{ type: 'accounting.inbox-item-state-set', data: { inbox_id: 'inb_1', from: 'unread', to: 'read' } }]);
    given(inboxDecider, [created]).when({ kind: 'set-state', state: 'unread' }).then([]);
  });
});

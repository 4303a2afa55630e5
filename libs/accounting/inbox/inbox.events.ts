import { defineEvent, DomainEvent } from '@g3n/es';
import { nstr, obj, str, transition } from '../shared/schema';

/** Workflow of the task. */
export type InboxStatus = 'open' | 'in_progress' | 'done' | 'dismissed';
/** Reading state of the item in the inbox. */
export type InboxState = 'unread' | 'read' | 'archived';
export type InboxPriority = 'low' | 'normal' | 'high';

export interface InboxCreatedData {
  inbox_id: string;
  org_guid: string;
  title: string;
  body: string | null;
  subject_kind: string | null;
  subject_id: string | null;
  priority: InboxPriority;
  assignee_user_guid: string | null;
  due_at: string | null;
  [key: string]: unknown;
}

export type InboxItemCreated = DomainEvent<'accounting.inbox-item-created', InboxCreatedData>;
export type InboxStatusSet = DomainEvent<'accounting.inbox-item-status-set', { inbox_id: string; from: InboxStatus; to: InboxStatus }>;
export type InboxStateSet = DomainEvent<'accounting.inbox-item-state-set', { inbox_id: string; from: InboxState; to: InboxState }>;
export type InboxEvent = InboxItemCreated | InboxStatusSet | InboxStateSet;

const stream = '<org_guid>/accounting.inbox/<inbox_id>';

export const inboxEvents = [
  defineEvent({
    type: 'accounting.inbox-item-created', version: 1, stream,
    description: 'An accounting task landed in the inbox (by hand, or when an export failed).',
    schema: obj(['inbox_id', 'org_guid', 'title', 'body', 'subject_kind', 'subject_id', 'priority', 'assignee_user_guid', 'due_at'], {
      inbox_id: str, org_guid: str, title: str, body: nstr, subject_kind: nstr, subject_id: nstr, priority: { enum: ['low', 'normal', 'high'] }, assignee_user_guid: nstr, due_at: nstr,
    }),
  }),
  defineEvent({ type: 'accounting.inbox-item-status-set', version: 1, stream, description: 'The task moved between open, in_progress, done and dismissed.', schema: transition('inbox_id') }),
  defineEvent({ type: 'accounting.inbox-item-state-set', version: 1, stream, description: 'The item was marked unread, read or archived.', schema: transition('inbox_id') }),
];

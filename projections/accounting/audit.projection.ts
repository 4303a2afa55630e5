import type { Doc } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';
import type { ProjectionDefinition } from '@g3n/es';

export const ACC_COMMENTS = 'accounting_comments';
export const ACC_INBOX = 'accounting_inbox';

type Any = Record<string, any>;
const touched = (e: RecordedEvent) => ({ revision: e.revision, updated_at: e.metadata.occurred_at });

/** Audit comments on accounting records, and the inbox of accounting tasks. */
export const accountingAuditProjection: ProjectionDefinition = {
  name: 'accounting.audit',
  version: 1,
  collections: [
    { name: ACC_COMMENTS, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'subject_kind', 'subject_id', 'created_at'] }, { fields: ['org_guid', 'status', 'created_at'] }] },
    { name: ACC_INBOX, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'status', 'created_at'] }, { fields: ['org_guid', 'state', 'created_at'] }] },
  ],
  handlers: {
    'accounting.comment-created': (e, ctx) => {
      const d = e.data as Any;
      ctx.put<Doc>(ACC_COMMENTS, { _id: d.comment_id, ...d, status: 'open', revisions: 0, reason: e.metadata.reason ?? null, created_at: e.metadata.occurred_at, ...touched(e) });
    },
    'accounting.comment-revised': (e, ctx) =>
      ctx.update<Doc>(ACC_COMMENTS, (e.data as Any).comment_id, (c) => (c ? { ...c, body: (e.data as Any).body, revisions: (c.revisions as number) + 1, ...touched(e) } : undefined)),
    'accounting.comment-status-set': (e, ctx) =>
      ctx.update<Doc>(ACC_COMMENTS, (e.data as Any).comment_id, (c) => (c ? { ...c, status: (e.data as Any).to, ...touched(e) } : undefined)),
    'accounting.inbox-item-created': (e, ctx) => {
      const d = e.data as Any;
      ctx.put<Doc>(ACC_INBOX, { _id: d.inbox_id, ...d, status: 'open', state: 'unread', created_by: e.metadata.actor, created_at: e.metadata.occurred_at, ...touched(e) });
    },
    'accounting.inbox-item-status-set': (e, ctx) =>
      ctx.update<Doc>(ACC_INBOX, (e.data as Any).inbox_id, (i) => (i ? { ...i, status: (e.data as Any).to, ...touched(e) } : undefined)),
    'accounting.inbox-item-state-set': (e, ctx) =>
      ctx.update<Doc>(ACC_INBOX, (e.data as Any).inbox_id, (i) => (i ? { ...i, state: (e.data as Any).to, ...touched(e) } : undefined)),
  },
};

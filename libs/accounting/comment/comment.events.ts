import { defineEvent, DomainEvent } from '@g3n/es';
import { obj, str, transition } from '../shared/schema';

export type CommentStatus = 'open' | 'resolved' | 'hidden';
export const SUBJECT_KINDS = ['export', 'batch', 'schedule', 'usage', 'rollup', 'storage', 'reconciliation', 'inbox', 'org'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface CommentCreatedData {
  comment_id: string;
  org_guid: string;
  subject_kind: SubjectKind;
  subject_id: string;
  body: string;
  author: string;
  [key: string]: unknown;
}

export type CommentCreated = DomainEvent<'accounting.comment-created', CommentCreatedData>;
export type CommentRevised = DomainEvent<'accounting.comment-revised', { comment_id: string; body: string }>;
export type CommentStatusSet = DomainEvent<'accounting.comment-status-set', { comment_id: string; from: CommentStatus; to: CommentStatus }>;
export type CommentEvent = CommentCreated | CommentRevised | CommentStatusSet;

const stream = '<org_guid>/accounting.comment/<comment_id>';

export const commentEvents = [
  defineEvent({
    type: 'accounting.comment-created', version: 1, stream,
    description: 'An audit comment was written on an accounting record (export, batch, rollup, …).',
    schema: obj(['comment_id', 'org_guid', 'subject_kind', 'subject_id', 'body', 'author'], { comment_id: str, org_guid: str, subject_kind: str, subject_id: str, body: str, author: str }),
  }),
  defineEvent({ type: 'accounting.comment-revised', version: 1, stream, description: 'The comment\'s text was revised.', schema: obj(['comment_id', 'body'], { comment_id: str, body: str }) }),
  defineEvent({ type: 'accounting.comment-status-set', version: 1, stream, description: 'The comment moved between open, resolved and hidden.', schema: transition('comment_id') }),
];

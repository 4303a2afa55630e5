import { given } from '@g3n/es';
import { commentDecider } from './comment.decide';
import type { CommentEvent } from './comment.events';

const data = { comment_id: 'cmt_1', org_guid: 'org1', subject_kind: 'export' as const, subject_id: 'exp_1', body: 'Totals checked.', author: 'user:u1' };
const created: CommentEvent = { type: 'accounting.comment-created', data };
const status = (from: string, to: string) => ({ type: 'accounting.comment-status-set', data: { comment_id: 'cmt_1', from, to } }) as CommentEvent;

describe('comment decider', () => {
  it('creates, revises while open, and ignores a revision that changes nothing', () => {
    given(commentDecider, []).when({ kind: 'create', ...data }).then([created]);
    given(commentDecider, [created]).when({ kind: 'revise', body: 'Totals re-checked.' }).then([{ type: 'accounting.comment-revised', data: { comment_id: 'cmt_1', body: 'Totals re-checked.' } }]);
    given(commentDecider, [created]).when({ kind: 'revise', body: data.body }).then([]);
    given(commentDecider, [created, status('open', 'resolved')]).when({ kind: 'revise', body: 'x' }).thenRejects('invalid-state', 'comment-not-open');
  });

  it('follows its status machine', () => {
    given(commentDecider, [created]).when({ kind: 'set-status', status: 'resolved' }).then([status('open', 'resolved')]);
    given(commentDecider, [created, status('open', 'hidden')]).when({ kind: 'set-status', status: 'resolved' }).thenRejects('invalid-state', 'invalid-transition');
    given(commentDecider, []).when({ kind: 'set-status', status: 'resolved' }).thenRejects('invalid-state', 'comment-missing');
  });
});

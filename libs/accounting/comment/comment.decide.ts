import { Decider, invalidState } from '@g3n/es';
import type { CommentCreatedData, CommentEvent, CommentStatus } from './comment.events';
import { CommentState, evolveComment, initialCommentState } from './comment.state';

export type CommentCommand =
  | ({ kind: 'create' } & CommentCreatedData)
  | { kind: 'revise'; body: string }
  | { kind: 'set-status'; status: CommentStatus };

/** open → resolved | hidden; resolved → open | hidden; hidden → open. Only an open comment is revised. */
const TRANSITIONS: Record<CommentStatus, CommentStatus[]> = { open: ['resolved', 'hidden'], resolved: ['open', 'hidden'], hidden: ['open'] };

export const commentDecider: Decider<CommentCommand, CommentState, CommentEvent> = {
  name: 'accounting.comment',
  stateVersion: 1,
  initialState: initialCommentState,
  evolve: evolveComment,
  decide(command, state) {
    if (command.kind === 'create') {
      if (state.exists) throw invalidState('comment-exists', 'This comment already exists.');
      const { kind: _k, ...data } = command;
      return [{ type: 'accounting.comment-created', data }];
    }
    if (!state.exists) throw invalidState('comment-missing', 'No such comment.');
    if (command.kind === 'revise') {
      if (state.status !== 'open') throw invalidState('comment-not-open', `The comment is ${state.status}; reopen it to revise it.`);
      if (command.body === state.body) return [];
      return [{ type: 'accounting.comment-revised', data: { comment_id: state.comment_id, body: command.body } }];
    }
    if (!TRANSITIONS[state.status].includes(command.status)) {
      throw invalidState('invalid-transition', `A comment cannot go from ${state.status} to ${command.status}.`, { from: state.status, to: command.status });
    }
    return [{ type: 'accounting.comment-status-set', data: { comment_id: state.comment_id, from: state.status, to: command.status } }];
  },
};

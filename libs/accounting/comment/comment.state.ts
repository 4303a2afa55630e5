import type { CommentEvent, CommentStatus } from './comment.events';

export interface CommentState {
  exists: boolean;
  comment_id: string;
  status: CommentStatus;
  body: string;
}

export const initialCommentState = (): CommentState => ({ exists: false, comment_id: '', status: 'open', body: '' });

export function evolveComment(state: CommentState, event: CommentEvent): CommentState {
  switch (event.type) {
    case 'accounting.comment-created':
      return { exists: true, comment_id: event.data.comment_id, status: 'open', body: event.data.body };
    case 'accounting.comment-revised':
      return { ...state, body: event.data.body };
    case 'accounting.comment-status-set':
      return { ...state, status: event.data.to };
  }
}

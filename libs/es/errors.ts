/**
 * Domain errors thrown by deciders and the runtime. The HTTP layer maps `tag` to the status and error envelope
 * (ARCHITECTURE.md "HTTP contract"); nothing here knows about HTTP.
 */

export type MajorTag =
  | 'validation-error'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'expected-revision-required'
  | 'conflict'
  | 'invalid-state'
  | 'throttled'
  | 'internal-error';

export class DomainError extends Error {
  constructor(
    readonly tag: MajorTag,
    /** The specific reason, kebab-case: `insufficient-stock`, `invitation-consumed`, … */
    readonly minor: string | undefined,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalidState = (minor: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('invalid-state', minor, message, details);
export const notFound = (minor: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('not-found', minor, message, details);
export const conflict = (minor: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('conflict', minor, message, details);
export const validationError = (minor: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('validation-error', minor, message, details);

/** The client pinned `expected_revision` and the record has moved on: 409 with `conflict_snapshot.revision`. */
export class RevisionConflictError extends DomainError {
  constructor(readonly stream: string, readonly expectedRevision: number, readonly currentRevision: number) {
    super('conflict', 'revision-mismatch', 'Expected revision does not match the current record.', {
      expected_revision: expectedRevision,
      current_revision: currentRevision,
    });
    this.name = 'RevisionConflictError';
  }
}

/** Unpinned commands retried on concurrent writers this many times and still lost the race. */
export class ContentionError extends DomainError {
  constructor(readonly stream: string, attempts: number) {
    super('conflict', 'contention', `The record changed concurrently ${attempts} times; retry the request.`, { attempts });
    this.name = 'ContentionError';
  }
}

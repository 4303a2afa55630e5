import { DomainError, validationError } from '@g3n/es';

/**
 * `set` routes create when no id is sent and update otherwise, so `expected_revision` is required only on the
 * update path; the guard's `revision: true` would demand it on creates too. Same answer as the guard's: 428.
 */
export function requireRevision(expected: number | undefined): number {
  if (expected === undefined) {
    throw new DomainError('expected-revision-required', 'expected-revision-required', 'This update needs expected_revision (the revision you last read).', {
      fields: [{ field: 'expected_revision', reason: 'required' }],
    });
  }
  return expected;
}

/** Fields a create needs that the shared set DTO leaves optional: one 400 listing every missing one. */
export function requireFields(body: object, names: string[]): void {
  const missing = names.filter((n) => (body as Record<string, unknown>)[n] === undefined || (body as Record<string, unknown>)[n] === null);
  if (missing.length > 0) {
    throw validationError('invalid-fields', `Invalid request: ${missing.map((m) => `${m}: required`).join('; ')}`, {
      fields: missing.map((field) => ({ field, reason: 'required' })),
    });
  }
}

/** ISO-8601 with a zone → the canonical UTC form, so effective dates compare as strings. */
export const toUtc = (value: string | null | undefined): string | null | undefined => (value == null ? value : new Date(value).toISOString());

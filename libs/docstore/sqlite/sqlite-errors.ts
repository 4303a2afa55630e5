/** Maps SQLite's errors onto the port's: a unique index violation is a DuplicateKeyError. */
import { DuplicateKeyError } from '../document-store.port';

interface SqliteErrorLike {
  code?: string;
  message?: string;
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as SqliteErrorLike)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Another process dropped the table under a cached statement. */
export function isMissingTable(error: unknown): boolean {
  const e = error as SqliteErrorLike;
  return e?.code === 'SQLITE_ERROR' && /no such table/.test(e.message ?? '');
}

export function translateError(collection: string, error: unknown): unknown {
  if (isUniqueViolation(error)) {
    return new DuplicateKeyError(collection, `docstore: duplicate key in ${collection}: ${(error as Error).message}`);
  }
  return error;
}

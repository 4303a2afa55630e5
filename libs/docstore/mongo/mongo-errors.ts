/** MongoDB error codes the adapter turns into port semantics, checked by code so the driver loads lazily. */

export const DUPLICATE_KEY = 11000;
export const NAMESPACE_EXISTS = 48;
export const NAMESPACE_NOT_FOUND = 26;

interface ServerErrorLike {
  code?: number;
  writeErrors?: { code?: number } | { code?: number }[];
}

/** E11000, thrown alone (MongoServerError) or inside a bulk write's write errors (MongoBulkWriteError). */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as ServerErrorLike | undefined;
  if (e?.code === DUPLICATE_KEY) return true;
  const writeErrors = e?.writeErrors;
  if (!writeErrors) return false;
  return (Array.isArray(writeErrors) ? writeErrors : [writeErrors]).some((w) => w?.code === DUPLICATE_KEY);
}

export function hasCode(error: unknown, code: number): boolean {
  return (error as ServerErrorLike | undefined)?.code === code;
}

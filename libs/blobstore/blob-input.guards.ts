/**
 * Checks both adapters apply to caller input, so code that works against the files adapter
 * also works against S3 and the other way round.
 */
import { MAX_PRESIGN_SECONDS } from './blob-store.port';

/** What a blob is served as when the writer named no content type (S3 itself would say binary/octet-stream). */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** SigV4 refuses lifetimes above seven days; the files adapter keeps the same bound. */
export function assertPresignLifetime(expiresInSeconds: number): void {
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_PRESIGN_SECONDS) {
    throw new RangeError(`expiresInSeconds must be an integer from 1 to ${MAX_PRESIGN_SECONDS}, got ${expiresInSeconds}`);
  }
}

/**
 * A content type is replayed as a response header and, when presigned, is part of the signed text:
 * control characters would break the first and make the second ambiguous. Empty means "not given".
 */
export function normalizeContentType(contentType: string | undefined): string | undefined {
  if (contentType === undefined || contentType === '') return undefined;
  if (/[\x00-\x1f\x7f]/.test(contentType)) {
    throw new TypeError(`content type must not contain control characters: ${JSON.stringify(contentType)}`);
  }
  return contentType;
}

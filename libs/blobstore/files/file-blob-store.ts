/**
 * The embedded BlobStore: one record file per key under `dir`, presigned URLs served by the API itself
 * (registerBlobRoutes) and signed with an HMAC key. Holds no state beyond its options, so the api and an
 * in-process worker may each open their own over the same directory.
 */
import { createHash } from 'crypto';
import { join } from 'path';
import type { Readable } from 'stream';
import {
  assertValidBlobKey, Blob, BlobInfo, BlobStore, PresignedUrl, PresignOptions, PutOptions,
} from '../blob-store.port';
import { assertPresignLifetime, DEFAULT_CONTENT_TYPE, normalizeContentType } from '../blob-input.guards';
import {
  blobUrlQuery, BlobSignatureCheck, BlobUrlMethod, verifyBlobSignature,
} from './blob-url-signature';
import { openRecord, readRecordBody, removeRecord, streamRecordBody, writeRecordAtomically } from './blob-record.file';

export interface FileBlobStoreOptions {
  dir: string;
  /** Origin the API is reached at by the URL's users, e.g. http://127.0.0.1:3000. */
  publicBaseUrl: string;
  /** HMAC key for presigned URLs; at least 16 bytes. Every process serving /_blob must share it. */
  signingKey: string | Buffer;
  /** Clock for last_modified and URL expiry; injectable so tests can mint expired URLs without sleeping. */
  now?: () => Date;
}

export interface FileBlobStore extends BlobStore {
  readonly kind: 'files';
  /** Checks a /_blob request against this store's key and clock (used by registerBlobRoutes). */
  verifyPresignedRequest(request: { method: string; key: string; query: Record<string, unknown> }): BlobSignatureCheck;
  /** The blob's metadata and a stream of its body, or null; lets the routes serve large blobs without buffering. */
  openBodyStream(key: string): Promise<{ info: BlobInfo; body: Readable } | null>;
}

export const BLOB_ROUTE_PREFIX = '/_blob/';

export function openFileBlobStore(options: FileBlobStoreOptions): FileBlobStore {
  const signingKey = options.signingKey;
  if (Buffer.byteLength(signingKey) < 16) throw new RangeError('signingKey must be at least 16 bytes');
  const baseUrl = new URL(options.publicBaseUrl).toString().replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const objectsDir = join(options.dir, 'objects');

  // Keys are hashed into file names: keys may be 1024 bytes (file names stop at 255), and S3 lets `a` and
  // `a/b` coexist where a directory tree could not.
  const pathOf = (key: string): string => {
    const digest = createHash('sha256').update(key).digest('hex');
    return join(objectsDir, digest.slice(0, 2), `${digest}.blob`);
  };

  const presign = (key: string, method: BlobUrlMethod, presignOptions: PresignOptions): PresignedUrl => {
    assertValidBlobKey(key);
    assertPresignLifetime(presignOptions.expiresInSeconds);
    const contentType = method === 'PUT' ? normalizeContentType(presignOptions.contentType) : undefined;
    // Rounded up so the URL lives at least the requested number of seconds.
    const expires = Math.ceil(now().getTime() / 1000) + presignOptions.expiresInSeconds;
    const query = blobUrlQuery({ method, key, expires, contentType }, signingKey);
    return {
      url: `${baseUrl}${BLOB_ROUTE_PREFIX}${key}?${query.toString()}`,
      method,
      expires_at: new Date(expires * 1000).toISOString(),
      headers: contentType ? { 'content-type': contentType } : {},
    };
  };

  return {
    kind: 'files',

    async put(key: string, body: Buffer, putOptions?: PutOptions): Promise<BlobInfo> {
      assertValidBlobKey(key);
      const info: BlobInfo = {
        key,
        size: body.length,
        content_type: normalizeContentType(putOptions?.contentType) ?? DEFAULT_CONTENT_TYPE,
        etag: `"${createHash('md5').update(body).digest('hex')}"`,
        last_modified: now().toISOString(),
      };
      await writeRecordAtomically(pathOf(key), info, body);
      return info;
    },

    async get(key: string): Promise<Blob | null> {
      assertValidBlobKey(key);
      const record = await openRecord(pathOf(key));
      if (!record) return null;
      try {
        return { ...record.info, body: await readRecordBody(record) };
      } finally {
        await record.handle.close();
      }
    },

    async head(key: string): Promise<BlobInfo | null> {
      assertValidBlobKey(key);
      const record = await openRecord(pathOf(key));
      if (!record) return null;
      await record.handle.close();
      return record.info;
    },

    async delete(key: string): Promise<void> {
      assertValidBlobKey(key);
      await removeRecord(pathOf(key));
    },

    async presignPut(key: string, presignOptions: PresignOptions): Promise<PresignedUrl> {
      return presign(key, 'PUT', presignOptions);
    },

    async presignGet(key: string, presignOptions: PresignOptions): Promise<PresignedUrl> {
      return presign(key, 'GET', presignOptions);
    },

    verifyPresignedRequest(request) {
      return verifyBlobSignature({ ...request, now: now() }, signingKey);
    },

    async openBodyStream(key: string) {
      assertValidBlobKey(key);
      const record = await openRecord(pathOf(key));
      if (!record) return null;
      return { info: record.info, body: streamRecordBody(record) };
    },

    async close(): Promise<void> {
      // Nothing is held open between calls.
    },
  };
}

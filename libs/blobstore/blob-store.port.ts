/**
 * The BlobStore port: files such as sales-channel configs, bulk import uploads and accounting exports.
 * Every adapter (local files, S3-compatible) passes the same contract suite in test/contract/blobstore.
 */

export interface BlobInfo {
  key: string;
  size: number;
  content_type: string;
  /** Entity tag of the content: quoted hex MD5 for files; the S3 ETag on S3 (not an MD5 for multipart uploads). */
  etag: string;
  last_modified: string;
}

export interface Blob extends BlobInfo {
  body: Buffer;
}

export interface PutOptions {
  contentType?: string;
}

export interface PresignOptions {
  /** Lifetime of the URL in seconds (1 … 604800). */
  expiresInSeconds: number;
  /** For PUT: the content type the uploader must send; when omitted, any content type is accepted. */
  contentType?: string;
}

export interface PresignedUrl {
  url: string;
  method: 'PUT' | 'GET';
  expires_at: string;
  /** Headers the caller must send with the request (e.g. content-type for a PUT). */
  headers: Record<string, string>;
}

export interface BlobStore {
  readonly kind: string;
  put(key: string, body: Buffer, options?: PutOptions): Promise<BlobInfo>;
  get(key: string): Promise<Blob | null>;
  head(key: string): Promise<BlobInfo | null>;
  /** Idempotent: deleting a missing key succeeds. */
  delete(key: string): Promise<void>;
  presignPut(key: string, options: PresignOptions): Promise<PresignedUrl>;
  presignGet(key: string, options: PresignOptions): Promise<PresignedUrl>;
  close(): Promise<void>;
}

/**
 * Keys are `/`-separated segments of [A-Za-z0-9._=-]; no empty, `.` or `..` segment; each segment at most 255 bytes
 * (S3-compatible stores such as MinIO store segments as path names); at most 1024 bytes in all.
 */
export function assertValidBlobKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || Buffer.byteLength(key) > 1024) {
    throw new InvalidBlobKeyError(key);
  }
  for (const segment of key.split('/')) {
    if (!segment || segment.length > 255 || segment === '.' || segment === '..' || !/^[A-Za-z0-9._=-]+$/.test(segment)) {
      throw new InvalidBlobKeyError(key);
    }
  }
}

export class InvalidBlobKeyError extends Error {
  constructor(readonly key: string) {
    super(`invalid blob key: ${JSON.stringify(key)}`);
    this.name = 'InvalidBlobKeyError';
  }
}

export const MAX_PRESIGN_SECONDS = 604_800;

/**
 * The production BlobStore: any S3-compatible service (AWS S3, MinIO in docker-compose). Presigned URLs are
 * genuine SigV4 URLs, so uploads and downloads go straight to the bucket, never through the API.
 */
import {
  CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand,
  PutObjectCommand, S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  assertValidBlobKey, Blob, BlobInfo, BlobStore, PresignedUrl, PresignOptions, PutOptions,
} from '../blob-store.port';
import { assertPresignLifetime, DEFAULT_CONTENT_TYPE, normalizeContentType } from '../blob-input.guards';

export interface S3BlobStoreOptions {
  /** Omit for AWS itself; e.g. http://minio:9000 for MinIO. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Omit both to use the SDK's default credential chain (env, profile, instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** MinIO and most self-hosted S3 need path-style addressing (http://host/bucket/key). */
  forcePathStyle?: boolean;
  /** Create the bucket on first use when it does not exist (development and tests; production buckets are provisioned). */
  createBucket?: boolean;
  /** Signing time of presigned URLs; injectable so tests can mint expired URLs without sleeping. */
  now?: () => Date;
}

export interface S3BlobStore extends BlobStore {
  readonly kind: 's3';
}

export function openS3BlobStore(options: S3BlobStoreOptions): S3BlobStore {
  if ((options.accessKeyId === undefined) !== (options.secretAccessKey === undefined)) {
    throw new TypeError('accessKeyId and secretAccessKey go together');
  }
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.accessKeyId !== undefined && options.secretAccessKey !== undefined
      ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
      : undefined,
    // Since SDK 3.729 the default adds a CRC32 of the (empty, at signing time) body to presigned PUT URLs,
    // which makes every real upload fail; it also trips older S3-compatible servers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  const now = options.now ?? (() => new Date());

  let bucketReady: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    if (!options.createBucket) return Promise.resolve();
    bucketReady ??= ensureBucket(client, Bucket).catch((error: unknown) => {
      bucketReady = undefined; // let the next call try again
      throw error;
    });
    return bucketReady;
  };

  const presign = async (key: string, method: 'PUT' | 'GET', presignOptions: PresignOptions): Promise<PresignedUrl> => {
    assertValidBlobKey(key);
    assertPresignLifetime(presignOptions.expiresInSeconds);
    await ready();
    const signingDate = now();
    const contentType = method === 'PUT' ? normalizeContentType(presignOptions.contentType) : undefined;
    const command = method === 'PUT'
      ? new PutObjectCommand({ Bucket, Key: key, ContentType: contentType })
      : new GetObjectCommand({ Bucket, Key: key });
    const url = await getSignedUrl(client, command, {
      expiresIn: presignOptions.expiresInSeconds,
      signingDate,
      // The presigner leaves content-type unsigned by default; signing it makes S3 enforce it like our routes do.
      signableHeaders: contentType ? new Set(['content-type']) : undefined,
    });
    // SigV4 dates have whole seconds, so the URL dies at the signing second plus its lifetime.
    const expiresAt = (Math.floor(signingDate.getTime() / 1000) + presignOptions.expiresInSeconds) * 1000;
    return {
      url,
      method,
      expires_at: new Date(expiresAt).toISOString(),
      headers: contentType ? { 'content-type': contentType } : {},
    };
  };

  return {
    kind: 's3',

    async put(key: string, body: Buffer, putOptions?: PutOptions): Promise<BlobInfo> {
      assertValidBlobKey(key);
      await ready();
      // Always sent: left out, S3 would label the object binary/octet-stream and differ from the files adapter.
      const contentType = normalizeContentType(putOptions?.contentType) ?? DEFAULT_CONTENT_TYPE;
      const output = await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType }));
      return {
        key,
        size: body.length,
        content_type: contentType,
        etag: output.ETag ?? '',
        // PutObject does not return the server's timestamp; a HEAD to learn it could see a later writer's object.
        last_modified: new Date().toISOString(),
      };
    },

    async get(key: string): Promise<Blob | null> {
      assertValidBlobKey(key);
      await ready();
      try {
        const output = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        const body = Buffer.from((await output.Body?.transformToByteArray()) ?? new Uint8Array());
        return {
          key,
          size: output.ContentLength ?? body.length,
          content_type: output.ContentType ?? DEFAULT_CONTENT_TYPE,
          etag: output.ETag ?? '',
          last_modified: (output.LastModified ?? new Date(0)).toISOString(),
          body,
        };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async head(key: string): Promise<BlobInfo | null> {
      assertValidBlobKey(key);
      await ready();
      try {
        const output = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return {
          key,
          size: output.ContentLength ?? 0,
          content_type: output.ContentType ?? DEFAULT_CONTENT_TYPE,
          etag: output.ETag ?? '',
          last_modified: (output.LastModified ?? new Date(0)).toISOString(),
        };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async delete(key: string): Promise<void> {
      assertValidBlobKey(key);
      await ready();
      // S3 answers 204 for a missing key too, which is the idempotence the port asks for.
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },

    presignPut: (key, presignOptions) => presign(key, 'PUT', presignOptions),
    presignGet: (key, presignOptions) => presign(key, 'GET', presignOptions),

    async close(): Promise<void> {
      client.destroy();
    },
  };
}

async function ensureBucket(client: S3Client, Bucket: string): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket }));
    return;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  try {
    await client.send(new CreateBucketCommand({ Bucket }));
  } catch (error) {
    // Another process (or test worker) created it first.
    const name = (error as { name?: string }).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
  }
}

/** HEAD answers carry no error body, so the SDK can only name them NotFound; GET says NoSuchKey. */
function isNotFound(error: unknown): boolean {
  // Duck-typed rather than instanceof: the presigner may bring its own copy of the SDK core.
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  // A missing bucket is misconfiguration, not a missing blob.
  if (name === 'NoSuchBucket') return false;
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404;
}

/**
 * The files adapter's presigned URLs: `/_blob/<key>?x-g3n-method&x-g3n-expires[&x-g3n-content-type]&x-g3n-signature`,
 * an HMAC-SHA256 over method, key, expiry and content type. Pure functions: the caller supplies `now`.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export const BLOB_QUERY = {
  method: 'x-g3n-method',
  expires: 'x-g3n-expires',
  contentType: 'x-g3n-content-type',
  signature: 'x-g3n-signature',
} as const;

export type BlobUrlMethod = 'PUT' | 'GET';

export interface BlobUrlClaims {
  method: BlobUrlMethod | string;
  key: string;
  /** Unix seconds; the URL is good up to and including this instant. */
  expires: number;
  contentType?: string;
}

export type BlobSignatureFailure = 'expired' | 'bad-signature' | 'missing-signature' | 'method-mismatch';
export type BlobSignatureCheck = { ok: true } | { ok: false; reason: BlobSignatureFailure };

export interface BlobRequestToVerify {
  /** The HTTP method of the request; HEAD is accepted on a URL signed for GET. */
  method: string;
  key: string;
  /** The parsed query string, as Fastify hands it over (repeated names arrive as arrays). */
  query: Record<string, unknown>;
  now: Date;
}

export function signBlobUrl(claims: BlobUrlClaims, signingKey: string | Buffer): string {
  // JSON of a fixed-shape array is injective, so no two claim sets can share a signed text.
  const text = JSON.stringify(['g3n-blob-v1', claims.method, claims.key, claims.expires, claims.contentType ?? '']);
  return createHmac('sha256', signingKey).update(text).digest('hex');
}

export function blobUrlQuery(claims: BlobUrlClaims, signingKey: string | Buffer): URLSearchParams {
  const query = new URLSearchParams();
  query.set(BLOB_QUERY.method, claims.method);
  query.set(BLOB_QUERY.expires, String(claims.expires));
  if (claims.contentType) query.set(BLOB_QUERY.contentType, claims.contentType);
  query.set(BLOB_QUERY.signature, signBlobUrl(claims, signingKey));
  return query;
}

export function verifyBlobSignature(request: BlobRequestToVerify, signingKey: string | Buffer): BlobSignatureCheck {
  const { query } = request;
  const signature = query[BLOB_QUERY.signature];
  if (signature === undefined || signature === '') return { ok: false, reason: 'missing-signature' };

  const method = query[BLOB_QUERY.method];
  const expires = query[BLOB_QUERY.expires];
  const contentType = query[BLOB_QUERY.contentType];
  const wellFormed =
    typeof signature === 'string' && /^[0-9a-f]{64}$/.test(signature) &&
    typeof method === 'string' &&
    typeof expires === 'string' && /^[0-9]{1,12}$/.test(expires) &&
    (contentType === undefined || typeof contentType === 'string');
  if (!wellFormed) return { ok: false, reason: 'bad-signature' };

  // The signature is checked against what the URL claims, so a genuine URL used with the wrong verb
  // reports method-mismatch rather than bad-signature.
  const expected = Buffer.from(signBlobUrl({ method, key: request.key, expires: Number(expires), contentType }, signingKey), 'hex');
  if (!timingSafeEqual(Buffer.from(signature, 'hex'), expected)) return { ok: false, reason: 'bad-signature' };

  const verb = request.method.toUpperCase() === 'HEAD' ? 'GET' : request.method.toUpperCase();
  if (verb !== method) return { ok: false, reason: 'method-mismatch' };
  if (request.now.getTime() > Number(expires) * 1000) return { ok: false, reason: 'expired' };
  return { ok: true };
}

/**
 * The files adapter's presigned URLs are served by the API: PUT, GET and HEAD on /_blob/<key>.
 * Everything sits in one encapsulated plugin so the raw-body parser below never reaches the JSON API.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BlobInfo, InvalidBlobKeyError } from '../blob-store.port';
import { DEFAULT_CONTENT_TYPE } from '../blob-input.guards';
import { BLOB_QUERY } from './blob-url-signature';
import type { FileBlobStore } from './file-blob-store';

export interface BlobRoutesOptions {
  /** Largest body a presigned PUT may carry, in bytes. */
  maxBytes: number;
}

type MajorTag = 'forbidden' | 'not-found' | 'validation-error' | 'internal-error';

export async function registerBlobRoutes(fastify: FastifyInstance, store: FileBlobStore, options: BlobRoutesOptions): Promise<void> {
  if (!Number.isSafeInteger(options.maxBytes) || options.maxBytes < 1) {
    throw new RangeError(`maxBytes must be a positive integer, got ${options.maxBytes}`);
  }
  await fastify.register(async (scope) => {
    // Blobs are opaque bytes whatever they claim to be: a JSON upload must be stored, not parsed.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.maxBytes }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError, request, reply) => answerError(error, request, reply));

    // Checked before the body is read, so an unsigned upload never costs us maxBytes of bandwidth.
    const checkSignature = async (request: FastifyRequest, reply: FastifyReply) => {
      const check = store.verifyPresignedRequest({ method: request.method, key: keyOf(request), query: queryOf(request) });
      if (!check.ok) return sendError(reply, 403, 'forbidden', check.reason, 'The blob URL is not valid for this request.');
      if (request.method !== 'PUT') return;
      const signedType = queryOf(request)[BLOB_QUERY.contentType];
      if (typeof signedType === 'string' && signedType !== '' && request.headers['content-type'] !== signedType) {
        return sendError(reply, 400, 'validation-error', 'content-type-mismatch', `The upload must be sent as ${signedType}.`);
      }
    };

    scope.put('/_blob/*', { bodyLimit: options.maxBytes, onRequest: checkSignature }, async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      // When the URL pinned no content type, keep what the uploader said, as S3 does.
      const contentType = request.headers['content-type'] || DEFAULT_CONTENT_TYPE;
      const info = await store.put(keyOf(request), body, { contentType });
      return reply.code(200).header('etag', info.etag).send();
    });

    scope.get('/_blob/*', { exposeHeadRoute: false, onRequest: checkSignature }, async (request, reply) => {
      const opened = await store.openBodyStream(keyOf(request));
      if (!opened) return sendError(reply, 404, 'not-found', 'blob-not-found', 'No blob is stored under this key.');
      return withBlobHeaders(reply, opened.info).send(opened.body);
    });

    scope.head('/_blob/*', { onRequest: checkSignature }, async (request, reply) => {
      const info = await store.head(keyOf(request));
      if (!info) return reply.code(404).send();
      return withBlobHeaders(reply, info).send();
    });
  });
}

function withBlobHeaders(reply: FastifyReply, info: BlobInfo): FastifyReply {
  return reply
    .code(200)
    .header('content-type', info.content_type)
    .header('content-length', String(info.size))
    .header('etag', info.etag)
    .header('last-modified', new Date(info.last_modified).toUTCString())
    // The content type is whatever the uploader chose; served from the API's origin, an HTML blob must not
    // get to run script there.
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox");
}

function keyOf(request: FastifyRequest): string {
  return (request.params as { '*': string })['*'];
}

function queryOf(request: FastifyRequest): Record<string, unknown> {
  return (request.query ?? {}) as Record<string, unknown>;
}

function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.statusCode === 413) {
    return sendError(reply, 413, 'validation-error', 'blob-too-large', 'The upload is larger than this server accepts.');
  }
  if (error instanceof InvalidBlobKeyError) {
    return sendError(reply, 400, 'validation-error', 'invalid-blob-key', 'The blob key is not valid.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendError(reply, error.statusCode, 'validation-error', 'bad-request', error.message);
  }
  request.log.error({ err: error }, 'blob route failed');
  return sendError(reply, 500, 'internal-error', 'blob-store-failed', 'The blob store failed.');
}

/** A trimmed-down form of the platform's error envelope; these routes live outside the service modules. */
function sendError(reply: FastifyReply, status: number, major: MajorTag, minor: string, message: string): FastifyReply {
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send({
    success: false,
    error: {
      error_code: `blobstore.${minor.replace(/-/g, '_')}`,
      http_status: status,
      retryable: false,
      major: { tag: major, message: { en_US: message } },
      minor: { tag: minor },
    },
  });
}

import { HttpException } from '@nestjs/common';
import { InvalidCursorError } from '@g3n/docstore';
import { DomainError, MajorTag, RevisionConflictError } from '@g3n/es';
import { buildStamp, DEFAULT_MESSAGES, ErrorEnvelope, errorCode, HTTP_STATUS } from './envelope';
import type { RequestContext } from './request-context';

export interface MappedError {
  status: number;
  body: ErrorEnvelope;
  retryAfterSeconds?: number;
}

/** A 413 is a validation error by tag (the client sent too much), with its own HTTP status. */
const STATUS_OVERRIDES: Record<string, number> = { 'payload-too-large': 413, 'unsupported-media-type': 415 };

/**
 * Turns anything thrown while serving a request into the error envelope. Client mistakes of every kind become
 * 4xx with the field and reason; only a fault of ours becomes 500 internal-error.
 */
export function mapError(error: unknown, ctx: RequestContext): MappedError {
  const domain = toDomainError(error);
  const status = STATUS_OVERRIDES[domain.minor ?? ''] ?? HTTP_STATUS[domain.tag];
  const retryable = domain.tag === 'throttled' || domain.tag === 'internal-error' || domain.minor === 'contention';
  const body: ErrorEnvelope = {
    success: false,
    error: {
      error_code: errorCode(ctx.service, domain.minor ?? domain.tag),
      http_status: status,
      retryable,
      request_id: ctx.request_id,
      trace_id: ctx.trace_id,
      major: { tag: domain.tag, message: { en_US: domain.message || DEFAULT_MESSAGES[domain.tag] } },
      ...(domain.minor ? { minor: { tag: domain.minor } } : {}),
      details: domain.details,
      ...(domain instanceof RevisionConflictError ? { conflict_snapshot: { revision: domain.currentRevision } } : {}),
    },
    build: buildStamp(),
    stats: { call: ctx.call, service: ctx.service, timestamp_utc: new Date().toISOString(), request_id: ctx.request_id },
  };
  const retryAfter = domain.details.retry_after_s;
  return { status, body, retryAfterSeconds: typeof retryAfter === 'number' ? retryAfter : undefined };
}

function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof InvalidCursorError) {
    return new DomainError('validation-error', 'invalid-next-token', 'next_token is not a token from this list.', {
      fields: [{ field: 'next_token', reason: 'not a token issued by this list' }],
    });
  }
  if (error instanceof HttpException) return fromHttpStatus(error.getStatus(), error.message);
  const fastify = error as { statusCode?: number; code?: string; message?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    if (fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastify.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
      return new DomainError('validation-error', 'malformed-json', 'The request body is not valid JSON.', {});
    }
    return fromHttpStatus(fastify.statusCode, fastify.message ?? '');
  }
  return new DomainError('internal-error', undefined, DEFAULT_MESSAGES['internal-error'], {});
}

function fromHttpStatus(status: number, message: string): DomainError {
  if (status === 400 && /JSON/i.test(message)) return new DomainError('validation-error', 'malformed-json', 'The request body is not valid JSON.', {});
  const byStatus: Record<number, [MajorTag, string]> = {
    400: ['validation-error', 'bad-request'],
    401: ['unauthorized', 'unauthorized'],
    403: ['forbidden', 'forbidden'],
    404: ['not-found', 'route-not-found'],
    405: ['not-found', 'method-not-allowed'],
    413: ['validation-error', 'payload-too-large'],
    415: ['validation-error', 'unsupported-media-type'],
    429: ['throttled', 'throttled'],
  };
  const [tag, minor] = byStatus[status] ?? (status < 500 ? ['validation-error', 'bad-request'] : ['internal-error', 'internal-error']);
  const safeMessage = status === 413 ? 'The request body is too large.' : status === 404 ? 'No such route.' : message || DEFAULT_MESSAGES[tag];
  return new DomainError(tag, minor, safeMessage, {});
}

import type { FastifyReply } from 'fastify';
import { DomainError } from '@g3n/es';
import type { EndpointOptions } from './endpoint.decorator';
import type { IdempotencyStore } from './idempotency';
import type { RequestContext } from './request-context';
import type { G3nRequest } from './request-hooks';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,255}$/;

/**
 * Applies IdempotencyStore to writes that carry an `idempotency-key` header: the first run's data is remembered and a
 * repeat within the window answers it again (with `idempotent-replayed: true`) without running the handler. Called
 * inside the envelope (by the contract interceptor and by the direct routes), so a replay gets a fresh envelope around
 * the same data. `handle` runs validation and the handler: a replay is answered before either.
 */
export async function idempotent(
  store: IdempotencyStore,
  endpoint: EndpointOptions,
  request: G3nRequest,
  reply: FastifyReply,
  ctx: RequestContext,
  handle: () => Promise<unknown>,
): Promise<unknown> {
  const raw = request.headers['idempotency-key'];
  if (endpoint.kind !== 'write' || raw === undefined) return handle();
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!KEY_PATTERN.test(key)) {
    throw new DomainError('validation-error', 'invalid-idempotency-key', 'idempotency-key must be 1–255 characters of [A-Za-z0-9._:-].', {
      fields: [{ field: 'idempotency-key', reason: 'invalid format' }],
    });
  }
  const scope = `${ctx.actor}|${ctx.org?.org_guid ?? ''}|${endpoint.service}/${endpoint.call}|${key}`;
  const outcome = await store.run(scope, request.body, async () => ({ data: await handle(), consistency: ctx.consistency }));
  ctx.consistency = outcome.consistency;
  if (outcome.replayed) void reply.header('idempotent-replayed', 'true');
  return outcome.data;
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RequestContext } from './request-context';
import { requestIdFrom, routeParts, traceIdFrom } from './request-ids';

export type G3nRequest = FastifyRequest & { g3n?: RequestContext };

/** The request's context, created on first use (errors raised before routing still get ids). */
export function contextOf(request: G3nRequest): RequestContext {
  if (!request.g3n) {
    const { service, call } = routeParts(request.url ?? '/');
    request.g3n = new RequestContext(requestIdFrom(request.headers['x-request-id']), traceIdFrom(request.headers.traceparent), service, call);
  }
  return request.g3n;
}

/** Every response carries its request id, so a client can quote it. */
export function installRequestHooks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const ctx = contextOf(request as G3nRequest);
    reply.header('x-request-id', ctx.request_id);
  });
}

import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';
import { buildStamp, SuccessEnvelope } from './envelope';
import { ENDPOINT_METADATA, EndpointOptions } from './endpoint.decorator';
import { IdempotencyStore } from './idempotency';
import { idempotent } from './idempotent-write';
import type { RequestContext } from './request-context';
import { contextOf, G3nRequest } from './request-hooks';

/**
 * The contract's interceptor for routes Nest dispatches: idempotency (inside) and the success envelope around what a
 * G3N route returns (outside), with the request's stats. Routes declared with @Endpoint are normally dispatched
 * directly (direct-routes.ts), which does the same without Nest's per-request machinery; this covers any that are not.
 */
@Injectable()
export class EnvelopeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector, @Inject(IdempotencyStore) private readonly idempotency: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const endpoint = this.reflector.get<EndpointOptions | undefined>(ENDPOINT_METADATA, context.getHandler());
    if (!endpoint) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<G3nRequest>();
    const ctx = contextOf(request);
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    return from(idempotent(this.idempotency, endpoint, request, http.getResponse<FastifyReply>(), ctx, handle).then((data) => successEnvelope(endpoint, ctx, data)));
  }
}

/** The success envelope of a G3N route's answer. */
export function successEnvelope(endpoint: EndpointOptions, ctx: RequestContext, data: unknown): SuccessEnvelope {
  const stats: SuccessEnvelope['stats'] = { call: endpoint.call, service: endpoint.service, timestamp_utc: new Date().toISOString(), request_id: ctx.request_id };
  if (endpoint.kind === 'write') stats.consistency = ctx.consistency; // assigned, not spread: cheaper on Node 20
  return { success: true, data: data ?? {}, build: buildStamp(), stats };
}

import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, map, Observable } from 'rxjs';
import { DomainError } from '@g3n/es';
import { ENDPOINT_METADATA, EndpointOptions } from './endpoint.decorator';
import { IdempotencyStore } from './idempotency';
import { contextOf, G3nRequest } from './request-hooks';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,255}$/;

/** Applies IdempotencyStore to writes that carry an `idempotency-key` header. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector, @Inject(IdempotencyStore) private readonly idempotency: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const endpoint = this.reflector.get<EndpointOptions | undefined>(ENDPOINT_METADATA, context.getHandler());
    const request = context.switchToHttp().getRequest<G3nRequest>();
    const raw = request.headers['idempotency-key'];
    if (!endpoint || endpoint.kind !== 'write' || raw === undefined) return next.handle();
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!KEY_PATTERN.test(key)) {
      throw new DomainError('validation-error', 'invalid-idempotency-key', 'idempotency-key must be 1–255 characters of [A-Za-z0-9._:-].', {
        fields: [{ field: 'idempotency-key', reason: 'invalid format' }],
      });
    }
    const ctx = contextOf(request);
    const scope = `${ctx.actor}|${ctx.org?.org_guid ?? ''}|${endpoint.service}/${endpoint.call}|${key}`;
    const run = this.idempotency.run(scope, request.body, async () => {
      const data = await lastValueFrom(next.handle(), { defaultValue: undefined });
      return { data, consistency: ctx.consistency };
    });
    return from(run).pipe(
      map((outcome) => {
        ctx.consistency = outcome.consistency;
        if (outcome.replayed) void context.switchToHttp().getResponse<FastifyReply>().header('idempotent-replayed', 'true');
        return outcome.data;
      }),
    );
  }
}

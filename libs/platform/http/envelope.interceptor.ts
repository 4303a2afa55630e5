import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, Observable } from 'rxjs';
import { buildStamp, SuccessEnvelope } from './envelope';
import { ENDPOINT_METADATA, EndpointOptions } from './endpoint.decorator';
import { contextOf, G3nRequest } from './request-hooks';

/** Wraps what a G3N route returns as `data` in the success envelope, with the request's stats. */
@Injectable()
export class EnvelopeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const endpoint = this.reflector.get<EndpointOptions | undefined>(ENDPOINT_METADATA, context.getHandler());
    if (!endpoint) return next.handle();
    const ctx = contextOf(context.switchToHttp().getRequest<G3nRequest>());
    return next.handle().pipe(
      map((data): SuccessEnvelope => ({
        success: true,
        data: data ?? {},
        build: buildStamp(),
        stats: {
          call: endpoint.call,
          service: endpoint.service,
          timestamp_utc: new Date().toISOString(),
          request_id: ctx.request_id,
          ...(endpoint.kind === 'write' ? { consistency: ctx.consistency } : {}),
        },
      })),
    );
  }
}

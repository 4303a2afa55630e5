import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { mapError } from './error-mapping';
import { contextOf, G3nRequest } from './request-hooks';

/** Every error, from any route or from Fastify itself (bad JSON, too large, no route), leaves as an envelope. */
@Catch()
export class EnvelopeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    sendError(error, host.switchToHttp().getRequest<G3nRequest>(), host.switchToHttp().getResponse<FastifyReply>(), this.logger);
  }
}

/** Answers a failure as an error envelope (our own faults: 500, logged, revealing nothing). */
export function sendError(error: unknown, request: G3nRequest, reply: FastifyReply, logger: Logger): void {
  const ctx = contextOf(request);
  const mapped = mapError(error, ctx);
  if (mapped.status >= 500) {
    logger.error(`${ctx.request_id} ${request.method} ${request.url}: ${(error as Error)?.stack ?? String(error)}`);
  }
  if (mapped.retryAfterSeconds !== undefined) void reply.header('retry-after', String(mapped.retryAfterSeconds));
  void reply.header('x-request-id', ctx.request_id).status(mapped.status).send(mapped.body);
}

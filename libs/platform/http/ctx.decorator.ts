import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { contextOf, G3nRequest } from './request-hooks';

/** Injects the request's RequestContext into a route handler: `create(@Body() dto: X, @Ctx() ctx: RequestContext)`. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  contextOf(context.switchToHttp().getRequest<G3nRequest>()),
);

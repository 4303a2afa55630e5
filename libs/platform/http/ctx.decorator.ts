import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { contextOf, G3nRequest } from './request-hooks';

/** The factory behind @Ctx (the direct routes recognise the parameter by it). */
export function requestContextParam(_data: unknown, context: ExecutionContext) {
  return contextOf(context.switchToHttp().getRequest<G3nRequest>());
}

/** Injects the request's RequestContext into a route handler: `create(@Body() dto: X, @Ctx() ctx: RequestContext)`. */
export const Ctx = createParamDecorator(requestContextParam);

import { Logger, Type } from '@nestjs/common';
import {
  CUSTOM_ROUTE_ARGS_METADATA, EXCEPTION_FILTERS_METADATA, GUARDS_METADATA, HEADERS_METADATA, HTTP_CODE_METADATA, INTERCEPTORS_METADATA,
  PATH_METADATA, PIPES_METADATA, REDIRECT_METADATA, ROUTE_ARGS_METADATA, SSE_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, RouteOptions } from 'fastify';
import { AuthGuard } from './auth.guard';
import { requestContextParam } from './ctx.decorator';
import { ENDPOINT_METADATA, EndpointOptions } from './endpoint.decorator';
import { successEnvelope } from './envelope';
import { sendError } from './envelope.filter';
import { IdempotencyStore } from './idempotency';
import { idempotent } from './idempotent-write';
import { contextOf, G3nRequest } from './request-hooks';
import { ContractValidationPipe } from './validation.pipe';

/** One argument of a route handler: the validated body, or the request's context. */
export type DirectArg = { kind: 'body'; type: Type<unknown> | undefined } | { kind: 'ctx' };

/** A route declared with @Endpoint that can be dispatched without Nest's per-request machinery. */
export interface DirectRoute {
  url: string;
  endpoint: EndpointOptions;
  instance: object;
  method: (...args: unknown[]) => unknown;
  args: DirectArg[];
}

export interface DirectRoutePlan {
  routes: Map<string, DirectRoute>;
  /** URLs whose Fastify route got the direct handler (filled as Nest registers the routes, at app.init()). */
  installed: Set<string>;
  /** Routes with @Endpoint that cannot be dispatched directly, and why (start-up refuses them). */
  skipped: Array<{ url: string; reason: string }>;
}

/**
 * Every @Endpoint route does the same per request: the contract's guard, validation of the body, idempotency, the
 * handler, the success envelope, or the error envelope. Nest does it through its enhancer consumers — an execution
 * context object per consumer, an RxJS chain per interceptor, two `AsyncResource.bind` per request (each with Node's
 * deprecation wrappers) — which cost more than the guard and the read themselves (issue 6 profile).
 *
 * So every @Endpoint route is dispatched directly: a Fastify `onRoute` hook swaps the handler Nest registers for one
 * that runs the contract (guard → idempotency → validation → handler → envelope; any failure → the error envelope).
 * Nest still builds the application, its DI, the controllers and the OpenAPI documents. This is the contract's only
 * dispatch path: a route that does not fit (parameters other than `@Body()` and `@Ctx()`, its own guards or
 * interceptors, custom status or headers) is refused at start-up (createApiApp) rather than served another way.
 */
export function planDirectRoutes(modules: ModulesContainer): DirectRoutePlan {
  const routes = new Map<string, DirectRoute>();
  const skipped: DirectRoutePlan['skipped'] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const instance = wrapper.instance as object | undefined;
      const metatype = wrapper.metatype as Type<unknown> | undefined;
      if (!instance || !metatype) continue;
      const classEnhanced = hasEnhancers(metatype);
      const base = pathOf(Reflect.getMetadata(PATH_METADATA, metatype));
      for (const name of methodNames(metatype.prototype)) {
        const method = metatype.prototype[name] as (...args: unknown[]) => unknown;
        const endpoint = Reflect.getMetadata(ENDPOINT_METADATA, method) as EndpointOptions | undefined;
        if (!endpoint) continue;
        const url = `${base}${pathOf(Reflect.getMetadata(PATH_METADATA, method))}` || '/';
        const reason = !wrapper.isDependencyTreeStatic()
          ? 'request-scoped controller'
          : classEnhanced || hasEnhancers(method)
            ? 'route-level guards, interceptors, pipes or filters'
            : Reflect.getMetadata(HTTP_CODE_METADATA, method) !== 200 || Reflect.getMetadata(HEADERS_METADATA, method) || Reflect.getMetadata(REDIRECT_METADATA, method) || Reflect.getMetadata(SSE_METADATA, method)
              ? 'custom status, headers, redirect or SSE'
              : undefined;
        const args = reason ? undefined : argsOf(metatype, name);
        if (!args) {
          skipped.push({ url, reason: reason ?? 'parameters other than @Body() and @Ctx()' });
          continue;
        }
        routes.set(url, { url, endpoint, instance, method, args });
      }
    }
  }
  return { routes, skipped, installed: new Set() };
}

/**
 * Installs the direct dispatch on the application's Fastify instance; call after NestFactory.create and before
 * app.init() (which registers the routes). Returns the plan, for tests and the start-up log.
 */
export function installDirectRoutes(app: INestApplication, fastify: FastifyInstance): DirectRoutePlan {
  const plan = planDirectRoutes(app.get(ModulesContainer));
  const guard = app.get(AuthGuard);
  const pipe = app.get(ContractValidationPipe);
  const idempotency = app.get(IdempotencyStore);
  const logger = new Logger('http');
  fastify.addHook('onRoute', (options: RouteOptions) => {
    if (options.method !== 'POST') return;
    const route = plan.routes.get(options.url);
    if (!route) return;
    options.handler = directHandler(route, guard, pipe, idempotency, logger);
    plan.installed.add(route.url);
  });
  return plan;
}

function directHandler(route: DirectRoute, guard: AuthGuard, pipe: ContractValidationPipe, idempotency: IdempotencyStore, logger: Logger) {
  const { endpoint, instance, method, args } = route;
  const handle = async (request: G3nRequest): Promise<unknown> => {
    const values = new Array<unknown>(args.length);
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      values[i] = arg.kind === 'ctx' ? contextOf(request) : await pipe.transform(request.body, { type: 'body', metatype: arg.type, data: undefined });
    }
    return method.apply(instance, values);
  };
  return async (request: G3nRequest, reply: FastifyReply): Promise<void> => {
    try {
      await guard.check(endpoint, request);
      const ctx = contextOf(request);
      const data = await idempotent(idempotency, endpoint, request, reply, ctx, () => handle(request));
      void reply.status(200).send(successEnvelope(endpoint, ctx, data));
    } catch (error) {
      sendError(error, request, reply, logger);
    }
  };
}

/** The handler's arguments, when each is `@Body()` (whole body, no pipes of its own) or `@Ctx()`; else undefined. */
function argsOf(metatype: Type<unknown>, name: string): DirectArg[] | undefined {
  const metadata = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<string, { index: number; data?: unknown; pipes?: unknown[]; factory?: unknown }>;
  const paramtypes = (Reflect.getMetadata('design:paramtypes', metatype.prototype, name) ?? []) as Array<Type<unknown> | undefined>;
  const entries = Object.entries(metadata);
  if (entries.length !== paramtypes.length) return undefined;
  const args = new Array<DirectArg>(entries.length);
  for (const [key, param] of entries) {
    if (param.data !== undefined || (param.pipes?.length ?? 0) > 0) return undefined;
    if (key === `${RouteParamtypes.BODY}:${param.index}`) args[param.index] = { kind: 'body', type: paramtypes[param.index] };
    else if (key.includes(CUSTOM_ROUTE_ARGS_METADATA) && param.factory === requestContextParam) args[param.index] = { kind: 'ctx' };
    else return undefined;
  }
  return args.every(Boolean) ? args : undefined;
}

function hasEnhancers(target: object): boolean {
  return [GUARDS_METADATA, INTERCEPTORS_METADATA, PIPES_METADATA, EXCEPTION_FILTERS_METADATA].some((key) => (Reflect.getMetadata(key, target) ?? []).length > 0);
}

function methodNames(prototype: object): string[] {
  const names = new Set<string>();
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(p, name)?.value === 'function') names.add(name);
  }
  return [...names];
}

/** A path as Nest's router joins it: a leading slash, no trailing one, '' for none. */
function pathOf(path: unknown): string {
  const text = Array.isArray(path) ? String(path[0] ?? '') : typeof path === 'string' ? path : '';
  const trimmed = text.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

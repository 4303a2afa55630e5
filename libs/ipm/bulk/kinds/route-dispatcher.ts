import { Injectable, OnModuleInit, Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DomainError } from '@g3n/es';
import { allows, ContractValidationPipe, ENDPOINT_METADATA, EndpointOptions, RequestContext } from '@g3n/platform';
import { IMPORT_KINDS } from '../job/bulk-job.events';
import { importKinds } from './import-kinds';

interface Route {
  options: EndpointOptions;
  invoke(body: unknown, ctx: RequestContext): Promise<unknown>;
}

/**
 * Imports apply rows through the owning service's own public route: the same request DTO through the same
 * validation pipe, the same permission rule, then the route's handler (which sends the service's CQRS command).
 * So a row is accepted exactly when the HTTP call would be, without IPM knowing any service's internals.
 * Routes are found by their @Endpoint metadata (`<service>/<call>`); a missing one fails at start.
 */
@Injectable()
export class RouteDispatcher implements OnModuleInit {
  private readonly routes = new Map<string, Route>();
  private readonly pipe = new ContractValidationPipe();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance) continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const method = proto[name];
        if (typeof method !== 'function' || name === 'constructor') continue;
        const options = Reflect.getMetadata(ENDPOINT_METADATA, method) as EndpointOptions | undefined;
        if (!options) continue;
        this.routes.set(`${options.service}/${options.call}`, { options, invoke: (body, ctx) => Promise.resolve((method as Function).call(instance, body, ctx)) });
      }
    }
    for (const kind of IMPORT_KINDS) {
      const route = this.routes.get(importKinds[kind].route);
      if (!route?.options.request) throw new Error(`bulk import kind ${kind}: route ${importKinds[kind].route} is not registered`);
    }
  }

  private route(key: string): Route {
    const route = this.routes.get(key);
    if (!route) throw new Error(`route ${key} is not registered`);
    return route;
  }

  /** The route's permission rule for this caller (owners pass); throws 403 missing-permission. */
  assertAllowed(key: string, ctx: RequestContext): void {
    const needed = this.route(key).options.permissions ?? [];
    if (!allows(ctx.org?.permissions ?? new Set(), ctx.org?.owner ?? false, needed)) {
      throw new DomainError('forbidden', 'missing-permission', `Importing through ${key} needs one of: ${needed.join(', ')}.`, { needs_one_of: needed });
    }
  }

  /** The route's request DTO rules (400 validation-error with details.fields on failure); returns the DTO instance. */
  async validate(key: string, body: unknown): Promise<object> {
    const metatype = this.route(key).options.request as Type<unknown>;
    return (await this.pipe.transform(body, { type: 'body', metatype, data: undefined })) as object;
  }

  /** Validates, checks the permission, and runs the route's handler as the caller. */
  async dispatch(key: string, body: unknown, ctx: RequestContext): Promise<unknown> {
    this.assertAllowed(key, ctx);
    const dto = await this.validate(key, body);
    return this.route(key).invoke(dto, ctx);
  }
}

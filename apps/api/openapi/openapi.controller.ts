import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The generated documents of the running app, built on first use rather than at start: generating them costs about
 * a second of CPU and tens of MB of heap, and most processes (and test apps) never serve them.
 */
class OpenApiDocuments {
  private source?: () => Record<string, OpenAPIObject>;
  private toYaml?: (document: OpenAPIObject) => string;
  private objects?: Record<string, OpenAPIObject>;
  private yamls?: Map<string, string>;

  /** createApiApp registers how to build them once the routes are known (the newest app wins). */
  register(source: () => Record<string, OpenAPIObject>, toYaml: (document: OpenAPIObject) => string): void {
    this.source = source;
    this.toYaml = toYaml;
    this.objects = undefined;
    this.yamls = undefined;
  }

  object(name: string): OpenAPIObject | undefined {
    if (!this.source) return undefined;
    this.objects ??= this.source();
    return this.objects[name];
  }

  /** Every document as YAML, by name (service code, and `platform`). */
  all(): Map<string, string> {
    if (!this.yamls) {
      if (!this.source) return new Map();
      this.objects ??= this.source();
      this.yamls = new Map(Object.entries(this.objects).map(([name, document]) => [name, this.toYaml!(document)]));
    }
    return this.yamls;
  }
}

export const openApiDocuments = new OpenApiDocuments();

/** `GET /<service>/openapi.yaml`: the service's OpenAPI document (the same bytes as openapi/<service>.yaml). */
@ApiExcludeController()
@Controller()
export class OpenApiController {
  @Get(':service/openapi.yaml')
  @Header('content-type', 'application/yaml; charset=utf-8')
  document(@Param('service') service: string): string {
    const yaml = openApiDocuments.all().get(service);
    if (!yaml) throw new NotFoundException();
    return yaml;
  }
}

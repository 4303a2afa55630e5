import { parse } from 'yaml';
import { openApiDocuments } from '../../../apps/api/openapi/openapi.controller';

export interface RouteAccess {
  kind: 'read' | 'write' | 'health';
  auth: 'required' | 'none';
  principals: 'any' | 'user' | 'apikey';
  tenant: 'required' | 'optional' | 'none';
  permissions: string[];
  owner_only: boolean;
  body_auth: boolean;
  revision: boolean;
}

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $ref?: string;
  allOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
}

export interface Route {
  service: string;
  path: string;
  access: RouteAccess;
  schema: JsonSchema;
}

/** Every G3N route with its request schema, read from the OpenAPI documents the running app generated. */
export function contractRoutes(services?: string[]): Route[] {
  const routes: Route[] = [];
  for (const [service, yaml] of openApiDocuments.all()) {
    if (services && !services.includes(service)) continue;
    const document = parse(yaml) as { paths: Record<string, any>; components?: { schemas?: Record<string, JsonSchema> } };
    const schemas = document.components?.schemas ?? {};
    const resolve = (schema: JsonSchema | undefined): JsonSchema => {
      if (!schema) return { type: 'object', properties: {} };
      if (schema.$ref) return resolve(schemas[schema.$ref.split('/').pop()!]);
      if (schema.allOf) {
        const parts = schema.allOf.map(resolve);
        return { type: 'object', properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})), required: parts.flatMap((p) => p.required ?? []) };
      }
      return schema;
    };
    for (const [path, methods] of Object.entries(document.paths)) {
      const operation = methods.post;
      if (!operation?.['x-g3n']) continue;
      routes.push({ service, path, access: operation['x-g3n'], schema: resolve(operation.requestBody?.content?.['application/json']?.schema) });
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path));
}

/** A value of the wrong JSON type for a property. */
export function wrongTypeFor(schema: JsonSchema): unknown {
  switch (schema.type) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return 'not-a-number';
    case 'boolean':
      return 'not-a-boolean';
    case 'array':
      return 'not-an-array';
    case 'object':
      return 'not-an-object';
    default:
      return { unexpected: ['shape'] };
  }
}

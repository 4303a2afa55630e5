import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { stringify } from 'yaml';
import { buildInfo } from '@g3n/platform';
import { serviceModules } from '@g3n/system';
import { AppModule } from '../app.module';

/**
 * The OpenAPI documents, generated from the controllers and DTOs: one per service (`/<service>/openapi.yaml`) and
 * `platform` for the process routes. Sorted keys, so the output is stable and the drift test can compare bytes.
 */
export function buildOpenApiObjects(app: INestApplication): Record<string, OpenAPIObject> {
  const version = buildInfo().version;
  const documents: Record<string, OpenAPIObject> = {};
  for (const service of serviceModules) {
    const config = new DocumentBuilder()
      .setTitle(service.title)
      .setDescription(`G3N Retail Stack — ${service.title}. POST with a JSON body; header auth (x-session-guid or x-api-key) and x-orgcode on tenant routes. Every answer is an envelope; see the SuccessEnvelopeDto and ErrorEnvelopeDto schemas.`)
      .setVersion(version)
      .build();
    const document = SwaggerModule.createDocument(app, config, { include: [service.module], deepScanRoutes: true });
    documents[service.code] = onlyService(document, service.code);
  }
  const platform = new DocumentBuilder().setTitle('G3N platform').setDescription('Process-level routes of a G3N deployment.').setVersion(version).build();
  documents.platform = SwaggerModule.createDocument(app, platform, { include: [AppModule] });
  return documents;
}

/**
 * Deep scanning follows global modules into every service, so a document can pick up other services' routes: keep
 * the service's own paths and the schemas they reach.
 */
function onlyService(document: OpenAPIObject, code: string): OpenAPIObject {
  const paths = Object.fromEntries(Object.entries(document.paths).filter(([path]) => path.startsWith(`/${code}/`)));
  const schemas = document.components?.schemas ?? {};
  const reached = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string') {
          const name = inner.split('/').pop()!;
          if (!reached.has(name)) {
            reached.add(name);
            visit(schemas[name]);
          }
        } else visit(inner);
      }
    }
  };
  visit(paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
  const tags = (document.tags ?? []).filter((t) => t.name === code);
  return { ...document, paths, tags, components: { ...document.components, schemas: kept } };
}

export function toYaml(document: OpenAPIObject): string {
  return stringify(document, { sortMapEntries: true, aliasDuplicateObjects: false });
}

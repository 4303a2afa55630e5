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
    documents[service.code] = SwaggerModule.createDocument(app, config, { include: [service.module], deepScanRoutes: true });
  }
  const platform = new DocumentBuilder().setTitle('G3N platform').setDescription('Process-level routes of a G3N deployment.').setVersion(version).build();
  documents.platform = SwaggerModule.createDocument(app, platform, { include: [AppModule] });
  return documents;
}

export function toYaml(document: OpenAPIObject): string {
  return stringify(document, { sortMapEntries: true });
}

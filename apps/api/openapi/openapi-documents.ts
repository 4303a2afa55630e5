import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { stringify } from 'yaml';
import type { Runtime } from '@g3n/platform';
import { buildInfo } from '@g3n/platform';
import { createApiApp } from '../create-app';

/**
 * The OpenAPI documents, generated from the controllers and DTOs: `platform` (the root routes) now; one per
 * service (`/<service>/openapi.yaml`) as the services land. Deterministic output, so the drift test can compare bytes.
 */
export async function buildOpenApiDocuments(runtime: Runtime): Promise<Record<string, string>> {
  const app = await createApiApp(runtime, { logger: false });
  try {
    const config = new DocumentBuilder()
      .setTitle('G3N platform')
      .setDescription('Process-level routes of a G3N deployment.')
      .setVersion(buildInfo().version)
      .build();
    const document = SwaggerModule.createDocument(app, config, { include: [] });
    return { platform: stringify(document, { sortMapEntries: true }) };
  } finally {
    await app.close();
  }
}

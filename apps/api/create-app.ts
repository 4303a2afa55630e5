import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { registerBlobRoutes } from '@g3n/blobstore';
import type { FileBlobStore } from '@g3n/blobstore';
import { installCheapAsyncResourceBind, installDirectRoutes, installRequestHooks, Runtime } from '@g3n/platform';
import { serviceModules } from '@g3n/system';
import { AppModule } from './app.module';
import { buildOpenApiObjects, toYaml } from './openapi/openapi-documents';
import { openApiDocuments } from './openapi/openapi.controller';

/** Uploads through presigned URLs (config files, bulk imports) may be far larger than a JSON request. */
const BLOB_UPLOAD_MAX_BYTES = 256 * 1024 * 1024;

/** Builds the Nest application on Fastify for a runtime; used by main.ts, the e2e tests and the bench. */
export async function createApiApp(runtime: Runtime, options: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  installCheapAsyncResourceBind(); // Fastify binds once per request body; Node 20's bind is costly (issue 6)
  const adapter = new FastifyAdapter({ bodyLimit: runtime.config.maxBodyBytes });
  installRequestHooks(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRuntime(runtime), adapter, {
    logger: options.logger === false ? false : ['error', 'warn'],
  });
  // @Endpoint routes skip Nest's per-request enhancer machinery and run the contract's code directly (issue 6).
  const direct = installDirectRoutes(app, adapter.getInstance());
  if (direct.skipped.length) {
    throw new Error(`@Endpoint routes that cannot be dispatched directly: ${direct.skipped.map((s) => `${s.url} (${s.reason})`).join(', ')}`);
  }
  if (runtime.blobs.kind === 'files') {
    // Presigned URLs of the embedded blob store point at the API itself.
    await registerBlobRoutes(app.getHttpAdapter().getInstance(), runtime.blobs as FileBlobStore, { maxBytes: BLOB_UPLOAD_MAX_BYTES });
  }
  openApiDocuments.register(() => buildOpenApiObjects(app), toYaml);
  // /docs: one explorer over every service's document (built when first asked for).
  SwaggerModule.setup('docs', app, () => openApiDocuments.object('platform')!, {
    explorer: true,
    swaggerOptions: { urls: serviceModules.map((s) => ({ url: `/${s.code}/openapi.yaml`, name: s.title })) },
  });
  await app.init();
  const missed = [...direct.routes.keys()].filter((url) => !direct.installed.has(url));
  if (missed.length) throw new Error(`direct dispatch: Nest registered no route for ${missed.join(', ')}`);
  return app;
}

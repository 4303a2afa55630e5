import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { system } from '@g3n/system';
import { loadConfig, openRuntime, Runtime } from '@g3n/platform';
import type { Clock } from '@g3n/es';
import { createApiApp } from '../../apps/api/create-app';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface ApiHarness {
  runtime: Runtime;
  app: NestFastifyApplication;
  dataDir: string;
  /** POST /<path> with a JSON body (or a raw string payload) and headers, through Fastify's inject (no socket). */
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  /** Like post, but fails the test unless the answer is a 2xx success envelope; returns `data`. */
  ok<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The whole system in-process on a fresh embedded data dir: the real Nest app on Fastify, the worker running,
 * every service and projection registered. E2E tests drive it over HTTP semantics with inject().
 */
export async function openApiHarness(env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<ApiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'g3n-e2e-'));
  const runtime = await openRuntime(loadConfig({ G3N_THROTTLE_RPS: '0', ...env, G3N_DATA_DIR: dataDir }), {
    ...system,
    withWorker: true,
    clock: options.clock,
  });
  const app = await createApiApp(runtime, { logger: false });
  await app.getHttpAdapter().getInstance().ready();
  const post = async <T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> => {
    const response = await app.getHttpAdapter().getInstance().inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body ?? {}),
    });
    let parsed: unknown = response.body;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      // Not JSON: leave the text for the assertion to show.
    }
    return { status: response.statusCode, body: parsed as T, headers: response.headers };
  };
  return {
    runtime,
    app,
    dataDir,
    post,
    async ok<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
      const response = await post<any>(path, body, headers);
      if (response.status >= 300 || response.body?.success !== true) {
        throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
      }
      return response.body.data as T;
    },
    async close() {
      await app.close();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

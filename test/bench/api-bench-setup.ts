/**
 * The API bench's fixtures, written in-process into the bench's data dir before the API child starts on it: a
 * verified owner with a session, a verified org, logical facilities, a sales channel and sellable variants, through
 * the real routes (Fastify inject) and the operator functions the e2e fixtures use.
 */
import { loadConfig, openRuntime } from '@g3n/platform';
import { system } from '@g3n/system';
import { createApiApp } from '../../apps/api/create-app';
import type { ApiHarness, ApiResponse } from '../support/api-harness';
import { createSellableVariant } from '../support/fixtures/catalog';
import { createLogicalFacility, createSalesChannel } from '../support/fixtures/facility';
import { userWithSession } from '../support/fixtures/identity';
import { createOrg } from '../support/fixtures/org';
import type { Target } from './load-client';

export interface BenchFixtures {
  headers: Record<string, string>;
  /** Distinct (facility, variant) stock streams: one per write connection. */
  targets: Target[];
  order: { logical_guid: string; channel_code: string; variant_id: string };
}

export async function writeBenchFixtures(dataDir: string, facilities: number, variants: number): Promise<BenchFixtures> {
  const runtime = await openRuntime(loadConfig({ ...process.env, G3N_THROTTLE_RPS: '0', G3N_DATA_DIR: dataDir }), { ...system, withWorker: true });
  const app = await createApiApp(runtime, { logger: false });
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  const post = async <T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> => {
    const response = await fastify.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body ?? {}) });
    return { status: response.statusCode, body: JSON.parse(response.body) as T, headers: response.headers };
  };
  const h: ApiHarness = {
    runtime,
    app,
    dataDir,
    post,
    async ok<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
      const response = await post<any>(path, body, headers);
      if (response.status >= 300 || response.body?.success !== true) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body.data as T;
    },
    close: async () => undefined,
  };
  try {
    const owner = await userWithSession(h, `bench-${Date.now()}@example.com`);
    const org = await createOrg(h, owner);
    const logicals: string[] = [];
    for (let i = 0; i < facilities; i++) logicals.push((await createLogicalFacility(h, org.headers, `BENCH-${i + 1}`)).logical_guid);
    const variantIds: string[] = [];
    for (let i = 0; i < variants; i++) variantIds.push((await createSellableVariant(h, org.headers, { sku: `BENCH-SKU-${i + 1}` })).variant_id);
    const channel = await createSalesChannel(h, org.headers, 'web', logicals[0]);
    const targets = logicals.flatMap((logical_guid) => variantIds.map((variant_id) => ({ logical_guid, variant_id })));
    return { headers: org.headers, targets, order: { logical_guid: logicals[0], channel_code: channel.channel_code, variant_id: variantIds[0] } };
  } finally {
    await app.close();
    await runtime.close();
  }
}

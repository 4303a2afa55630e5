// Helpers for the IPM feed e2e specs: a CDC consumer that pages to the end, a writer of cheap tenant events,
// and a harness that can reopen the same data directory (a restart) without touching the shared api-harness.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { system } from '@g3n/system';
import { loadConfig, openRuntime } from '@g3n/platform';
import { createApiApp } from '../../../apps/api/create-app';
import type { ApiHarness, ApiResponse } from '../../support/api-harness';

export interface CdcItemView {
  event_id: string;
  type: string;
  service: string;
  action: string;
  position: number;
  stream: string;
  revision: number;
  occurred_at: string;
  data: Record<string, any>;
  metadata: Record<string, any>;
}

export interface CdcPageView {
  items: CdcItemView[];
  next_cursor: string;
  next_token: string;
  has_more: boolean;
}

/** Pages /ipm/cdc/list from `cursor` until has_more is false; answers every item and the last cursor. */
export async function drainCdc(h: ApiHarness, headers: Record<string, string>, body: Record<string, unknown> = {}, cursor?: string): Promise<{ items: CdcItemView[]; cursor: string; pages: number }> {
  const items: CdcItemView[] = [];
  let pages = 0;
  for (;;) {
    const page = await h.ok<CdcPageView>('/ipm/cdc/list', { ...body, ...(cursor ? { cursor } : {}) }, headers);
    items.push(...page.items);
    cursor = page.next_cursor;
    pages += 1;
    if (!page.has_more) return { items, cursor, pages };
  }
}

/** One cheap tenant event (a CRM customer created). */
export function writeCustomer(h: ApiHarness, headers: Record<string, string>, n: number | string): Promise<unknown> {
  return h.ok('/crm/customer/create', { customer: { email: `shopper-${n}@example.com`, caption: `Shopper ${n}` }, reason: 'signup' }, headers);
}

/** The whole app on `dataDir` (created when omitted); close() keeps the directory unless `remove` is true. */
export async function openHarnessOn(dataDir = mkdtempSync(join(tmpdir(), 'g3n-ipm-feed-'))): Promise<ApiHarness & { close(remove?: boolean): Promise<void> }> {
  const runtime = await openRuntime(loadConfig({ G3N_THROTTLE_RPS: '0', G3N_DATA_DIR: dataDir }), { ...system, withWorker: true });
  const app = await createApiApp(runtime, { logger: false });
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  const post = async <T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> => {
    const response = await fastify.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body ?? {}) });
    return { status: response.statusCode, body: JSON.parse(response.body) as T, headers: response.headers };
  };
  return {
    runtime, app, dataDir, post,
    async ok<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
      const response = await post<any>(path, body, headers);
      if (response.status >= 300 || response.body?.success !== true) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body.data as T;
    },
    async close(remove = false) {
      await app.close();
      await runtime.close();
      if (remove) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

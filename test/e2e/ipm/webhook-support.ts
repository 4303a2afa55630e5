// What the webhook e2e flows share: a system with a compressed retry schedule, an org, loopback receivers.
import { createServer, IncomingHttpHeaders } from 'http';
import type { AddressInfo } from 'net';
import { verifyStandardWebhook } from '@g3n/delivery';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

let n = 0;

/** The delivery engine reads G3N_DELIVERY_SCHEDULE_MS from the process environment (see docs/ipm.md). */
export async function webhookSetup(scheduleMs = '0,100,200,300,400,500,600,700'): Promise<{ h: ApiHarness; headers: Record<string, string>; org_guid: string }> {
  process.env.G3N_DELIVERY_SCHEDULE_MS = scheduleMs;
  const h = await openApiHarness();
  n += 1;
  const org = await createOrg(h, await userWithSession(h, `ipm-webhook-${n}-${Date.now()}@example.com`));
  return { h, headers: org.headers, org_guid: org.org_guid };
}

export interface Delivery { headers: IncomingHttpHeaders; raw: string; body: any; at: number }

/** A receiver on 127.0.0.1 (port 0); `respond` picks the status of each call; 2xx calls are kept. */
export async function startReceiver(respond: () => number = () => 200) {
  const accepted: Delivery[] = [];
  let calls = 0;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      calls += 1;
      const status = respond();
      if (status < 300) accepted.push({ headers: req.headers, raw, body: JSON.parse(raw), at: Date.now() });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    accepted,
    calls: () => calls,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export const verifies = (d: Delivery, secret: string) => verifyStandardWebhook(d.headers as Record<string, string>, d.raw, secret);

export async function createWebhook(h: ApiHarness, headers: Record<string, string>, url: string, filters = [{ service: 'crm', action_prefix: 'customer-' }]) {
  return h.ok<{ webhook_id: string; signing_secret: string; webhook: any }>('/ipm/webhook/create', { webhook: { target_url: url, filters }, reason: 'integration' }, headers);
}

export async function eventually(check: () => Promise<void> | void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

// What the RBS e2e flows share: a fresh system with a verified org, and a real HTTP receiver on loopback.
import { createServer, IncomingHttpHeaders, Server } from 'http';
import type { AddressInfo } from 'net';
import type { Clock } from '@g3n/es';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

export interface Received { headers: IncomingHttpHeaders; body: string; json: any }

export interface Receiver {
  url: string;
  received: Received[];
  /** Status the receiver answers with (default 200). */
  answer: number;
  /** Resolves with the first message (from now on or already received) the predicate accepts. */
  waitFor(predicate: (m: Received) => boolean, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
}

/** A partner endpoint: 127.0.0.1, port 0, loopback only. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      try { json = JSON.parse(body); } catch { /* kept as text */ }
      received.push({ headers: req.headers, body, json });
      res.statusCode = receiver.answer;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/g3n-events`,
    received,
    answer: 200,
    async waitFor(predicate, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(predicate);
        if (found) return found;
        if (Date.now() > until) throw new Error(`receiver: nothing matching after ${timeoutMs} ms; got ${JSON.stringify(received.map((m) => m.json))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  return receiver;
}

let n = 0;

export async function rbsSetup(options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<{ h: ApiHarness; headers: Record<string, string>; org_guid: string }> {
  const h = await openApiHarness(options.env ?? {}, { clock: options.clock });
  n += 1;
  const org = await createOrg(h, await userWithSession(h, `rbs-owner-${n}-${Date.now()}@example.com`));
  return { h, headers: org.headers, org_guid: org.org_guid };
}

export const tokenOf = (m: Received): string => m.json.verification.verification_token;

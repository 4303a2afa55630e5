import { createServer, IncomingHttpHeaders, Server } from 'http';
import type { AddressInfo } from 'net';
import { eventually, openShelfHarness, ShelfHarness } from '../../test/support/shelf/shelf-runtime';
import { createDeliveryEngine, deliveryCheckpointKey, DeliveryEngine } from './delivery-engine';
import { DELIVERY_ATTEMPTS, deliverDirect } from './delivery';
import type { DeliveryAttempt, DeliveryTarget, DeliveryTargetSource } from './delivery.port';
import { HttpTransport } from './http-transport';
import { generateSigningSecret, SecretVault } from './secret-vault';
import { verifyStandardWebhook } from './signing';

interface Received { headers: IncomingHttpHeaders; body: string; at: number }

/** A loopback receiver answering with whatever `respond` says. */
async function receiver(respond: (n: number) => { status: number; headers?: Record<string, string> }) {
  const received: Received[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const answer = respond(++n);
      if (answer.status < 300) received.push({ headers: req.headers, body, at: Date.now() });
      res.writeHead(answer.status, answer.headers).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, calls: () => n, close: () => new Promise<void>((r) => server.close(() => r())) };
}

class FakeSource implements DeliveryTargetSource {
  readonly owner = 'ipm.webhook';
  paused: string[] = [];
  disabled: string[] = [];
  constructor(public list: DeliveryTarget[]) {}
  async targets() { return this.list; }
  async pause(t: DeliveryTarget) { this.paused.push(t.target_id); this.set(t.target_id, 'paused'); }
  async disable(t: DeliveryTarget) { this.disabled.push(t.target_id); this.set(t.target_id, 'disabled'); }
  set(id: string, status: string) { this.list = this.list.map((t) => (t.target_id === id ? { ...t, status } : t)); }
}

describe('delivery engine', () => {
  let h: ShelfHarness;
  let engine: DeliveryEngine | undefined;
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await engine?.stop();
    engine = undefined;
    for (const close of closers.splice(0)) await close();
    await h?.close();
  });

  async function target(id: string, url: string, secret: string, start_after = 0): Promise<DeliveryTarget> {
    const secret_ref = await SecretVault.forRuntime(h.runtime).put(secret);
    return { target_id: id, owner: 'ipm.webhook', org_guid: 'org1', status: 'active', filters: [{ service: 'demo', action_prefix: 'shelf-' }, { service: 'demo', action_prefix: 'items-added' }], transport: { type: 'http', url }, secret_ref, start_after };
  }
  const attempts = async (id: string) => (await h.runtime.store.collection<DeliveryAttempt>(DELIVERY_ATTEMPTS).find({ target_id: id }, { limit: 1000 })).items;

  it('seals secrets in the vault (never stored in the clear)', async () => {
    h = await openShelfHarness({ withWorker: false });
    const vault = SecretVault.forRuntime(h.runtime);
    const ref = await vault.put('whsec_c2VjcmV0');
    expect(await vault.get(ref)).toBe('whsec_c2VjcmV0');
    expect(JSON.stringify(await h.runtime.store.collection('_vault').get(ref))).not.toContain('c2VjcmV0');
    await expect(new SecretVault(h.runtime.store, Buffer.alloc(32, 1)).get(ref)).rejects.toThrow(/master key/);
  });

  it('delivers matching org events in log order, signed, retrying a failure until it succeeds', async () => {
    h = await openShelfHarness();
    const r = await receiver((n) => ({ status: n <= 2 ? 500 : 200 }));
    closers.push(r.close);
    const secret = generateSigningSecret();
    const t = await target('wh1', r.url, secret);
    engine = createDeliveryEngine(h.runtime, [new FakeSource([t])], [new HttpTransport()], { schedule: [0, 20, 20, 20], refreshMs: 50 });
    await engine.start();
    await h.open('org1', 's1');
    await h.add('org1', 's1', 5);
    await h.take('org1', 's1', 1);
    await h.open('org2', 'other');
    await eventually(() => expect(r.received).toHaveLength(2));
    await new Promise((res) => setTimeout(res, 200));
    expect(r.received).toHaveLength(2);
    const bodies = r.received.map((x) => JSON.parse(x.body));
    expect(bodies.map((b) => b.event.type)).toEqual(['demo.shelf-opened', 'demo.items-added']);
    expect(bodies[0]).toMatchObject({ webhook_id: 'wh1', delivery_reason: 'retry', event: { service: 'demo', action: 'shelf-opened', org_guid: 'org1' } });
    expect(bodies[1].delivery_reason).toBe('live');
    for (const x of r.received) expect(verifyStandardWebhook(x.headers as Record<string, string>, x.body, secret)).toBe(true);
    expect(r.received[0].headers['webhook-id']).toBe(bodies[0].event.event_id);
    await eventually(async () => {
      const log = await attempts('wh1');
      expect(log.filter((a) => a.event_id === bodies[0].event.event_id).map((a) => a.status_code).sort()).toEqual([200, 500, 500]);
    });
    await eventually(async () => expect(await engine!.checkpoint(t)).toBeGreaterThanOrEqual(bodies[1].event.position));
  });

  it('given a caught-up target, when other orgs append, then it does not read the log; when its org appends, then it delivers', async () => {
    h = await openShelfHarness();
    const r = await receiver(() => ({ status: 200 }));
    closers.push(r.close);
    // A 30 s idle sleep: anything that happens within the test's waits was woken by an append, not by the timer.
    engine = createDeliveryEngine(h.runtime, [new FakeSource([await target('wh1', r.url, generateSigningSecret())])], [new HttpTransport()], { schedule: [0], refreshMs: 50, idleMs: 30_000 });
    await engine.start();
    await h.open('org1', 's1');
    await eventually(() => expect(r.received).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 400)); // the first head poll has seen everything so far
    const reads = jest.spyOn(h.runtime.log, 'readAll');
    for (let i = 0; i < 20; i++) await h.open('org2', `other-${i}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reads.mock.calls.filter(([options]) => options?.tenant === 'org1')).toHaveLength(0);
    await h.add('org1', 's1', 2);
    await eventually(() => expect(r.received).toHaveLength(2), 10_000); // woken by the append: the idle timer is 30 s
  });

  it('waits as long as Retry-After says on 429', async () => {
    h = await openShelfHarness();
    const r = await receiver((n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 }));
    closers.push(r.close);
    engine = createDeliveryEngine(h.runtime, [new FakeSource([await target('wh1', r.url, generateSigningSecret())])], [new HttpTransport()], { schedule: [0, 10, 10], refreshMs: 50 });
    await engine.start();
    await h.open('org1', 's1');
    await eventually(() => expect(r.received).toHaveLength(1), 5000);
    // the receiver has answered; the engine records the attempt after it reads that answer
    await eventually(async () => expect(await attempts('wh1')).toHaveLength(2));
    const [first, second] = (await attempts('wh1')).sort((a, b) => a.attempt - b.attempt);
    expect(first.status_code).toBe(429);
    expect(Date.parse(second.at) - Date.parse(first.at)).toBeGreaterThanOrEqual(900);
  });

  it('disables the target on 410 and pauses it when the schedule is exhausted, keeping the checkpoint', async () => {
    h = await openShelfHarness();
    const gone = await receiver(() => ({ status: 410 }));
    const down = await receiver(() => ({ status: 503 }));
    closers.push(gone.close, down.close);
    const source = new FakeSource([await target('gone', gone.url, generateSigningSecret()), await target('down', down.url, generateSigningSecret())]);
    engine = createDeliveryEngine(h.runtime, [source], [new HttpTransport()], { schedule: [0, 10, 10], refreshMs: 50 });
    await engine.start();
    await h.open('org1', 's1');
    await eventually(() => expect(source.disabled).toEqual(['gone']));
    await eventually(() => expect(source.paused).toEqual(['down']));
    expect(gone.calls()).toBe(1);
    expect(down.calls()).toBe(3);
    expect(await h.runtime.store.getCheckpoint(deliveryCheckpointKey(source.list[1]))).toBeNull();
  });

  it('sends one-off messages directly and replays without moving the checkpoint', async () => {
    h = await openShelfHarness();
    const r = await receiver(() => ({ status: 204 }));
    closers.push(r.close);
    const secret = generateSigningSecret();
    const t = await target('wh1', r.url, secret);
    const direct = await deliverDirect(h.runtime, t, { verification_token: 'abc' }, 'verification');
    expect(direct).toMatchObject({ ok: true, status_code: 204 });
    expect(JSON.parse(r.received[0].body)).toMatchObject({ webhook_id: 'wh1', delivery_reason: 'verification', verification_token: 'abc' });
    await h.open('org1', 's1');
    await h.open('org1', 's2');
    engine = createDeliveryEngine(h.runtime, [new FakeSource([{ ...t, status: 'paused' }])], [new HttpTransport()], { refreshMs: 50 });
    const result = await engine.replay(t, { from_position: 0 });
    expect(result).toMatchObject({ delivered: 2, failed: 0, truncated: false });
    expect(r.received.slice(1).map((x) => JSON.parse(x.body).delivery_reason)).toEqual(['replay', 'replay']);
    expect(await engine.checkpoint(t)).toBe(0);
  });
});

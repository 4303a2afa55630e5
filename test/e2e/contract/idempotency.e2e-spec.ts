/** idempotency-key over HTTP: replay, reuse with another body, and 20 concurrent duplicates making one write. */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('idempotency-key', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;
  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'idem@example.com'), 'IDEM')).headers;
  }, 60_000);
  afterAll(() => h?.close());

  it('replays the first response for the same key and body, and appends nothing', async () => {
    const body = { code: 'OPS', caption: 'Operations' };
    const first = await h.post('/ofm/cost-centre/create', body, { ...headers, 'idempotency-key': 'cc-ops-1' });
    expect(first.status).toBe(200);
    const head = await h.runtime.log.headPosition();
    const again = await h.post('/ofm/cost-centre/create', body, { ...headers, 'idempotency-key': 'cc-ops-1' });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.data).toEqual(first.body.data);
    expect(await h.runtime.log.headPosition()).toBe(head);
  });

  it('refuses the same key with a different body: 409 idempotency-key-reused', async () => {
    await h.ok('/ofm/cost-centre/create', { code: 'FIN', caption: 'Finance' }, { ...headers, 'idempotency-key': 'cc-fin-1' });
    const reused = await h.post('/ofm/cost-centre/create', { code: 'FIN2', caption: 'Finance 2' }, { ...headers, 'idempotency-key': 'cc-fin-1' });
    expect(reused.status).toBe(409);
    expect(reused.body.error.minor.tag).toBe('idempotency-key-reused');
  });

  it('makes one write out of 20 concurrent duplicates', async () => {
    const before = await h.runtime.log.headPosition();
    await h.ok('/ofm/cost-centre/create', { code: 'ONE', caption: 'Reference write' }, headers);
    const perWrite = (await h.runtime.log.headPosition()) - before;
    const start = await h.runtime.log.headPosition();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => h.post('/ofm/cost-centre/create', { code: 'DUP', caption: 'Duplicate' }, { ...headers, 'idempotency-key': 'cc-dup-20' })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(responses.map((r) => JSON.stringify(r.body.data))).size).toBe(1);
    expect((await h.runtime.log.headPosition()) - start).toBe(perWrite);
  });
});

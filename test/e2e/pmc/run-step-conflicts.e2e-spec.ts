// Walkthrough 2 step 7's conflict handling: 428 without expected_revision, 409 when stale (re-read and retry);
// parallel steps on one revision publish nothing twice. Also cancel.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('publish run step conflicts', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'owner-pmc-step@example.com');
    headers = (await createOrg(h, owner)).headers;
    await createSalesChannel(h, headers, 'web');
    await h.ok('/pmc/publish-profile/set', { channel_code: 'web', required_sku: true }, headers);
    for (let i = 0; i < 3; i++) await createSellableVariant(h, headers);
  });
  afterAll(() => h.close());

  const start = async () => (await h.ok('/pmc/publish/run/start', { channel_code: 'web', reason: 'publish everything' }, headers)).run;

  it('asks for expected_revision, refuses a stale one, and accepts the re-read one', async () => {
    const run = await start();
    expect(run.counts.eligible).toBe(3);

    const missing = await h.post('/pmc/publish/run/step', { run_id: run.run_id, limit: 1 }, headers);
    expect(missing.status).toBe(428);
    expect(missing.body.error.major.tag).toBe('expected-revision-required');

    const first = (await h.ok('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: run.revision, limit: 1 }, headers)).run;
    expect(first).toMatchObject({ status: 'running', revision: 1, counts: { published: 1, pending: 2 } });

    const stale = await h.post('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: run.revision, limit: 1 }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot.revision).toBe(1);

    const reread = (await h.ok('/pmc/publish/run/get', { run_id: run.run_id }, headers)).run;
    const done = (await h.ok('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: reread.revision, limit: 8 }, headers)).run;
    expect(done).toMatchObject({ status: 'completed', counts: { published: 3, pending: 0 } });

    const after = await h.post('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: done.revision }, headers);
    expect(after.status).toBe(409);
    expect(after.body.error.minor.tag).toBe('run-completed');

    const unknown = await h.post('/pmc/publish/run/step', { run_id: 'run_missing', expected_revision: 0 }, headers);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.minor.tag).toBe('publish-run-not-found');
  });

  it('lets one of two parallel steps on the same revision win, publishing each variant once', async () => {
    const run = await start();
    const answers = await Promise.all([1, 2, 3].map(() => h.post('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: run.revision, limit: 2 }, headers)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409]);

    const after = (await h.ok('/pmc/publish/run/get', { run_id: run.run_id }, headers)).run;
    expect(after).toMatchObject({ revision: 1, counts: { published: 2, pending: 1 } });
    // Each product got exactly one revision from this run, whatever the losers wrote before their 409.
    for (const item of after.items.filter((i: { state: string }) => i.state === 'published')) {
      const revisions = (await h.ok('/pmc/product/revision/list', { product_id: item.product_id }, headers)).items;
      expect(revisions.filter((r: { run_id: string }) => r.run_id === run.run_id)).toHaveLength(1);
    }
  });

  it('cancels an open run and keeps what it published', async () => {
    const run = await start();
    const stepped = (await h.ok('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: 0, limit: 1 }, headers)).run;
    const noRevision = await h.post('/pmc/publish/run/cancel', { run_id: run.run_id }, headers);
    expect(noRevision.status).toBe(428);
    const cancelled = (await h.ok('/pmc/publish/run/cancel', { run_id: run.run_id, expected_revision: stepped.revision, reason: 'wrong batch' }, headers)).run;
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelled_at: expect.any(String), counts: { published: 1, pending: 2 } });
    const again = await h.post('/pmc/publish/run/cancel', { run_id: run.run_id, expected_revision: cancelled.revision }, headers);
    expect(again.body.error.minor.tag).toBe('run-cancelled');
    const step = await h.post('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: cancelled.revision }, headers);
    expect(step.body.error.minor.tag).toBe('run-cancelled');
  });
});

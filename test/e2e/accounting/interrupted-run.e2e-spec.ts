/** An export left `running` by a run that died is failed by the worker (inbox task raised); a live run is left alone. */
import { randomUUID } from 'crypto';
import { exportDecider } from '../../../libs/accounting/export/export.decide';
import { INTERRUPTED, runLeaseName } from '../../../libs/accounting/export/export-runner';
import { exportStream } from '../../../libs/accounting/shared/streams';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { eventually } from './support';

describe('accounting exports interrupted mid-run', () => {
  let h: ApiHarness;
  const previous = { worker: process.env.G3N_ACCOUNTING_WORKER_MS, lease: process.env.G3N_ACCOUNTING_RUN_LEASE_MS };
  beforeAll(async () => {
    process.env.G3N_ACCOUNTING_WORKER_MS = '50';
    process.env.G3N_ACCOUNTING_RUN_LEASE_MS = '300';
    h = await openApiHarness();
  });
  afterAll(async () => {
    await h?.close();
    for (const [name, value] of [['G3N_ACCOUNTING_WORKER_MS', previous.worker], ['G3N_ACCOUNTING_RUN_LEASE_MS', previous.lease]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  /** `requested` and `started` in one append, as a run that died right after starting leaves them. */
  async function startedAndAbandoned(org_guid: string): Promise<string> {
    const export_id = `exp_${randomUUID().slice(0, 8)}`;
    const request = { kind: 'request' as const, export_id, org_guid, export_kind: 'events' as const, window_from: null, window_to: new Date().toISOString(), event_types: [], batch_id: null, schedule_id: null };
    const requested = exportDecider.decide(request, exportDecider.initialState());
    const started = exportDecider.decide({ kind: 'start' }, requested.reduce(exportDecider.evolve, exportDecider.initialState()));
    const metadata = () => ({ event_id: randomUUID(), org_guid, actor: 'worker:accounting', occurred_at: new Date().toISOString(), schema_version: 1 });
    await h.runtime.log.append(exportStream(org_guid, export_id), [...requested, ...started].map((e) => ({ type: e.type, data: e.data, metadata: metadata() })));
    return export_id;
  }

  it('given a running export whose run lease lapsed, then the worker fails it and raises its inbox task; while the lease is held, it stays running', async () => {
    const { headers, org_guid } = await createOrg(h, await userWithSession(h, 'acc-interrupted@example.com'));
    const get = (export_id: string) => h.ok('/accounting/export/get', { export_id }, headers);

    // A run that is alive: its lease is held (and renewed) elsewhere, so however long it takes, nothing fails it.
    const alive = await startedAndAbandoned(org_guid);
    expect(await h.runtime.store.tryAcquireLease(runLeaseName(org_guid, alive), 'another-process', 60_000)).toBe(true);
    const dead = await startedAndAbandoned(org_guid);

    const failed = (await eventually(() => get(dead), (d) => d.export.status === 'failed', 'the dead run failed')).export;
    expect(failed).toMatchObject({ attempts: 1, last_error: INTERRUPTED });
    const inbox = await eventually(() => h.ok('/accounting/inbox/list', { status: 'open' }, headers), (d) => d.items.length > 0, 'an inbox task');
    expect(inbox.items.map((i: { subject_kind: string; subject_id: string }) => [i.subject_kind, i.subject_id])).toEqual([['export', dead]]);

    await new Promise((r) => setTimeout(r, 700)); // past the 300 ms lease a dead run would have had, many worker ticks
    expect((await get(alive)).export.status).toBe('running');
    await h.runtime.store.releaseLease(runLeaseName(org_guid, alive), 'another-process');
    await eventually(() => get(alive), (d) => d.export.status === 'failed', 'the run failed once its lease was gone');
  }, 30_000);

  it('given an export run through the route, then it completes and the worker does not touch it', async () => {
    const { headers } = await createOrg(h, await userWithSession(h, 'acc-live-run@example.com'));
    const created = (await h.ok('/accounting/export/create', { export_kind: 'events', reason: 'month end' }, headers)).export;
    expect(created.status).toBe('completed');
    await new Promise((r) => setTimeout(r, 400));
    expect((await h.ok('/accounting/export/get', { export_id: created.export_id }, headers)).export).toMatchObject({ status: 'completed', attempts: 1 });
  });
});

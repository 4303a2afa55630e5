/** UC-ACC-001 (usage → daily rollup, lineage, reconcile report) and UC-ACC-003 (storage record + reconcile). */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('accounting usage telemetry: UC-ACC-001 and UC-ACC-003', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h?.close());

  it('records usage events and rolls them up per day × metric × unit × cost centre', async () => {
    const { headers } = await createOrg(h, await userWithSession(h, 'acc-usage@example.com'));
    const record = (quantity: number, occurred_at: string, cccode?: string) =>
      h.ok('/accounting/event/record', { metric: 'api.requests', quantity, unit: 'request', occurred_at, cccode, reason: 'metering' }, headers);
    const first = await record(100, '2026-02-01T08:00:00Z');
    await record(50, '2026-02-01T23:59:59Z');
    await record(7, '2026-02-01T12:00:00Z', 'STORE-1');
    await record(1, '2026-02-02T00:00:00Z');
    expect(first.event).toMatchObject({ metric: 'api.requests', quantity: 100, unit: 'request', cccode: null, day: '2026-02-01', revision: 0 });
    expect((await h.ok('/accounting/event/get', { usage_id: first.event.usage_id }, headers)).event.usage_id).toBe(first.event.usage_id);
    expect((await h.ok('/accounting/event/list', { day: '2026-02-01' }, headers)).items).toHaveLength(3);

    const rollup = (await h.ok('/accounting/usage/rollup/get', { day: '2026-02-01', metric: 'api.requests', unit: 'request' }, headers)).rollup;
    expect(rollup).toMatchObject({ rollup_id: '2026-02-01:api.requests:request:-', quantity: 150, event_count: 2 });
    expect((await h.ok('/accounting/usage/rollup/get', { rollup_id: '2026-02-01:api.requests:request:STORE-1' }, headers)).rollup.quantity).toBe(7);
    expect((await h.ok('/accounting/usage/rollup/list', { metric: 'api.requests' }, headers)).items.map((r: { day: string }) => r.day)).toEqual(['2026-02-02', '2026-02-01', '2026-02-01']);

    const lineage = await h.ok('/accounting/lineage/list', { rollup_id: rollup.rollup_id }, headers);
    expect(lineage.items.map((i: { type: string }) => i.type)).toEqual(['accounting.usage-recorded', 'accounting.usage-recorded']);

    const report = (await h.ok('/accounting/reconcile/report', { from_day: '2026-02-01', to_day: '2026-02-02' }, headers)).report;
    expect(report).toMatchObject({ status: 'balanced', mismatches: 0 });
    expect(report.lines).toHaveLength(3);

    expect((await h.post('/accounting/usage/rollup/get', { rollup_id: '2026-02-09:nope:request:-' }, headers)).status).toBe(404);
    expect((await h.post('/accounting/event/record', { metric: 'Bad Metric', quantity: 1, unit: 'x', occurred_at: '2026-02-01T00:00:00Z' }, headers)).status).toBe(400);
  }, 60_000);

  it('records storage usage and reconciles it against what the log holds', async () => {
    const { headers } = await createOrg(h, await userWithSession(h, 'acc-storage@example.com'));
    await h.ok('/accounting/export/create', { export_kind: 'events', reason: 'backup' }, headers);
    const recorded = (await h.ok('/accounting/storage/usage/record', { storage_kind: 'exports', bytes: 1, object_count: 3 }, headers)).storage_usage;
    expect(recorded).toMatchObject({ storage_kind: 'exports', bytes: 1, object_count: 3 });
    expect((await h.ok('/accounting/storage/usage/list', {}, headers)).items).toHaveLength(1);
    expect((await h.ok('/accounting/storage/usage/get', { storage_usage_id: recorded.storage_usage_id }, headers)).storage_usage.bytes).toBe(1);

    const rec = (await h.ok('/accounting/storage/usage/reconcile', { reason: 'month-end' }, headers)).reconciliation;
    const exportsLine = rec.lines.find((l: { storage_kind: string }) => l.storage_kind === 'exports');
    expect(exportsLine.measured_bytes).toBeGreaterThan(1);
    expect(exportsLine).toMatchObject({ recorded_bytes: 1, status: 'mismatch', difference_bytes: exportsLine.measured_bytes - 1 });
    expect(rec.lines.find((l: { storage_kind: string }) => l.storage_kind === 'events').status).toBe('unrecorded');

    await h.ok('/accounting/storage/usage/record', { storage_kind: 'exports', bytes: exportsLine.measured_bytes }, headers);
    const again = (await h.ok('/accounting/storage/usage/reconcile', { storage_kind: 'exports' }, headers)).reconciliation;
    expect(again.lines).toEqual([expect.objectContaining({ storage_kind: 'exports', status: 'match', difference_bytes: 0 })]);
  }, 60_000);
});

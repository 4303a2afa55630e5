/** A scheduled export run by the background worker when its window closes (fixed clock, compressed poll interval). */
import { FixedClock } from '@g3n/es';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { eventually } from './support';

const HOUR = 3_600_000;

describe('accounting export schedules', () => {
  let h: ApiHarness;
  const clock = new FixedClock(new Date(Math.floor(Date.now() / HOUR) * HOUR + 5 * 60_000));
  const previous = process.env.G3N_ACCOUNTING_WORKER_MS;
  beforeAll(async () => {
    process.env.G3N_ACCOUNTING_WORKER_MS = '50';
    h = await openApiHarness({}, { clock });
  });
  afterAll(async () => {
    await h?.close();
    if (previous === undefined) delete process.env.G3N_ACCOUNTING_WORKER_MS;
    else process.env.G3N_ACCOUNTING_WORKER_MS = previous;
  });

  it('exports each closed hourly window once, and stops while paused', async () => {
    const { headers } = await createOrg(h, await userWithSession(h, 'acc-schedule@example.com'));
    for (const quantity of [1, 2]) await h.ok('/accounting/event/record', { metric: 'orders', quantity, unit: 'order', occurred_at: clock.now().toISOString() }, headers);
    const schedule = (await h.ok('/accounting/export/schedule/create', { export_kind: 'events', event_types: ['accounting.usage-'], every: 'hourly', reason: 'erp feed' }, headers)).schedule;
    const windowStart = new Date(Math.floor(clock.now().getTime() / HOUR) * HOUR).toISOString();
    expect(schedule).toMatchObject({ status: 'active', next_window_from: windowStart, runs: 0 });

    // Nothing is due before the window closes.
    await new Promise((r) => setTimeout(r, 300));
    expect((await h.ok('/accounting/export/schedule/get', { schedule_id: schedule.schedule_id }, headers)).schedule.runs).toBe(0);

    clock.advance(HOUR);
    const ran = (await eventually(() => h.ok('/accounting/export/schedule/get', { schedule_id: schedule.schedule_id }, headers), (d) => d.schedule.runs === 1, 'schedule ran')).schedule;
    const exported = (await eventually(() => h.ok('/accounting/export/get', { export_id: ran.last_export_id }, headers), (d) => d.export.status === 'completed', 'scheduled export completed')).export;
    expect(exported).toMatchObject({ schedule_id: schedule.schedule_id, window_from: windowStart, event_count: 2, counts: { 'accounting.usage-recorded': 2 } });
    expect(exported.requested_by).toBe('worker:accounting');

    // Paused: the next window closes but nothing runs; resumed: it is exported (nothing skipped).
    const paused = (await h.ok('/accounting/export/schedule/status/set', { schedule_id: schedule.schedule_id, status: 'paused', expected_revision: ran.revision }, headers)).schedule;
    clock.advance(HOUR);
    await new Promise((r) => setTimeout(r, 300));
    expect((await h.ok('/accounting/export/schedule/get', { schedule_id: schedule.schedule_id }, headers)).schedule.runs).toBe(1);
    await h.ok('/accounting/export/schedule/status/set', { schedule_id: schedule.schedule_id, status: 'active', expected_revision: paused.revision }, headers);
    await eventually(() => h.ok('/accounting/export/schedule/get', { schedule_id: schedule.schedule_id }, headers), (d) => d.schedule.runs === 2, 'missed window exported on resume');
    expect((await h.ok('/accounting/export/schedule/list', {}, headers)).items).toHaveLength(1);
  }, 60_000);
});

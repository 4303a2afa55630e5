/** UC-IPM-004: KPI record (revise), query by window, and an alert on a breached threshold, all visible in CDC. */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { createLogicalFacility } from '../../support/fixtures/facility';
import { drainCdc } from './feed-support';

describe('UC-IPM-004 KPI record + alert', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h?.close());

  it('records, revises, queries and alerts', async () => {
    const org = await createOrg(h, await userWithSession(h, 'kpi-owner@example.com'));
    const { logical_guid } = await createLogicalFacility(h, org.headers);
    const day = (d: number) => ({ bucket_start: `2026-01-${String(d).padStart(2, '0')}T00:00:00Z`, bucket_end: `2026-01-${String(d + 1).padStart(2, '0')}T00:00:00Z` });
    const body = (value: number, d = 25) => ({
      request_context: { orgcode: org.orgcode, actor: 'user:U1', context_source: 'session' },
      reason: 'kpi-rollup',
      source_refs: [{ kind: 'job', id: 'job_123' }],
      kpi: { kpi_code: 'inventory_stockout_rate', scope: 'facility', logical_guid, bucket: 'daily', ...day(d), value, value_unit: 'ratio', dimensions: { channel_code: 'pos' } },
    });

    const first = (await h.ok('/ipm/kpi/record', body(0.034), org.headers)).kpi;
    expect(first).toMatchObject({ kpi_code: 'inventory_stockout_rate', value: 0.034, revision: 0, logical_guid, dimensions: { channel_code: 'pos' }, bucket_start: '2026-01-25T00:00:00.000Z' });
    const revised = (await h.ok('/ipm/kpi/record', body(0.05), org.headers)).kpi;
    expect(revised).toMatchObject({ kpi_id: first.kpi_id, value: 0.05, revision: 1 });
    const same = (await h.ok('/ipm/kpi/record', body(0.05), org.headers)).kpi;
    expect(same.revision).toBe(1);
    await h.ok('/ipm/kpi/record', body(0.02, 26), org.headers);
    await h.ok('/ipm/kpi/record', body(0.07, 10), org.headers);

    const query = { kpi_code: 'inventory_stockout_rate', scope: 'facility', logical_guid, bucket: 'daily', from_utc: '2026-01-20T00:00:00Z', to_utc: '2026-01-31T00:00:00Z', limit: 30 };
    const { series, next_token } = await h.ok('/ipm/kpi/query', query, org.headers);
    expect(series.map((s: { value: number }) => s.value)).toEqual([0.05, 0.02]);
    expect(next_token).toBeNull();
    const paged = await h.ok('/ipm/kpi/query', { ...query, from_utc: undefined, limit: 2 }, org.headers);
    expect(paged.series.map((s: { value: number }) => s.value)).toEqual([0.07, 0.05]);
    const rest = await h.ok('/ipm/kpi/query', { ...query, from_utc: undefined, limit: 2, next_token: paged.next_token }, org.headers);
    expect(rest.series.map((s: { value: number }) => s.value)).toEqual([0.02]);

    const alert = (await h.ok('/ipm/kpi/alert', {
      request_context: { orgcode: org.orgcode, actor: 'user:U1', context_source: 'session' },
      reason: 'threshold-breach',
      source_refs: [{ kind: 'kpi_snapshot', id: first.kpi_id }],
      alert: { kpi_code: 'inventory_stockout_rate', value: 0.12, threshold: { comparator: 'gt', value: 0.1 }, scope: 'facility', logical_guid, bucket: 'daily', ...day(25), team_guid: 'TEAM1', inbox_service: 'scm', priority: 'high' },
    }, org.headers)).alert;
    expect(alert).toMatchObject({ status: 'raised', priority: 'high', inbox_service: 'scm', inbox_delivery: 'not-delivered', revision: 0, threshold: { comparator: 'gt', value: 0.1 } });

    const cdc = await drainCdc(h, org.headers, { service: 'ipm' });
    expect(cdc.items.map((i) => i.type)).toEqual(['ipm.kpi-recorded', 'ipm.kpi-recorded', 'ipm.kpi-recorded', 'ipm.kpi-recorded', 'ipm.kpi-alert-raised']);
    expect(cdc.items[4].metadata).toMatchObject({ reason: 'threshold-breach', source_refs: [{ kind: 'kpi_snapshot', id: first.kpi_id }] });
  });

  it('refuses bad buckets, a non-breaching alert, an unknown facility and another org in request_context', async () => {
    const org = await createOrg(h, await userWithSession(h, 'kpi-strict@example.com'));
    const kpi = { kpi_code: 'orders_per_hour', scope: 'org', bucket: 'hourly', bucket_start: '2026-01-25T10:00:00Z', bucket_end: '2026-01-25T11:00:00Z', value: 12 };
    const minor = async (path: string, body: unknown) => {
      const response = await h.post(path, body, org.headers);
      return [response.status, response.body.error?.minor?.tag];
    };
    expect(await minor('/ipm/kpi/record', { kpi: { ...kpi, bucket_end: kpi.bucket_start } })).toEqual([400, 'invalid-bucket-window']);
    expect(await minor('/ipm/kpi/record', { kpi: { ...kpi, scope: 'facility' } })).toEqual([400, 'logical-guid-required']);
    expect(await minor('/ipm/kpi/record', { kpi: { ...kpi, scope: 'facility', logical_guid: 'nope' } })).toEqual([404, 'logical-facility-not-found']);
    expect(await minor('/ipm/kpi/record', { request_context: { orgcode: 'OTHERORG' }, kpi })).toEqual([400, 'request-context-mismatch']);
    expect((await h.post('/ipm/kpi/record', { kpi: { ...kpi, extra: 1 } }, org.headers)).status).toBe(400);
    expect(await minor('/ipm/kpi/alert', { alert: { ...kpi, value: 0.05, threshold: { comparator: 'gt', value: 0.1 } } })).toEqual([400, 'threshold-not-breached']);
    expect((await h.ok('/ipm/kpi/record', { kpi }, org.headers)).kpi).toMatchObject({ scope: 'org', logical_guid: null, dimensions: {}, value_unit: null });
  });
});

// UC-IPM-003 (export half): export the org's events from the log and two read models as NDJSON parts, with
// continuation, and download every part through its presigned URL.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-IPM-003 bulk export with continuation', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;
  let org_guid: string;

  beforeAll(async () => {
    h = await openApiHarness();
    const org = await createOrg(h, await userWithSession(h, 'owner-bulk-export@example.com'));
    headers = org.headers;
    org_guid = org.org_guid;
    for (const n of [1, 2, 3, 4, 5]) await h.ok('/crm/customer/create', { customer: { email: `c${n}@example.com`, caption: `Customer ${n}` } }, headers);
    // Another org's customers never show up in this org's exports.
    const other = await createOrg(h, await userWithSession(h, 'other-bulk-export@example.com'));
    await h.ok('/crm/customer/create', { customer: { email: 'elsewhere@example.com' } }, other.headers);
  });
  afterAll(() => h.close());

  async function download(url: string): Promise<any[]> {
    const u = new URL(url);
    const res = await h.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: u.pathname + u.search });
    expect(res.statusCode).toBe(200);
    return res.body.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }

  /** Continues until the job completes, downloading each part as it is written. */
  async function drain(first: any): Promise<{ job: any; rows: any[] }> {
    let data = first;
    const rows = [...(await download(data.download_url))];
    while (data.job.status !== 'completed') {
      expect(data.job.next_action).toBe('continue');
      data = await h.ok('/ipm/bulk/export/continue', { job_id: data.job.job_id, continuation_token: data.job.continuation_token }, headers);
      if (data.download_url && data.job.parts.length > 0) rows.push(...(await download(data.download_url)));
    }
    return { job: data.job, rows };
  }

  it('exports the org\'s CRM events from the log in parts of two, then refuses a stale token', async () => {
    const first = await h.ok('/ipm/bulk/export/create', { kind: 'events', filters: [{ service: 'crm', action_prefix: 'customer-created' }], chunk_rows: 2, reason: 'nightly sync' }, headers);
    expect(first.job).toMatchObject({ direction: 'export', kind: 'events', status: 'running', next_action: 'continue', rows_exported: 2, revision: 1 });
    expect(first.job.parts).toHaveLength(1);
    const staleToken = first.job.continuation_token;

    const { job, rows } = await drain(first);
    expect(job).toMatchObject({ status: 'completed', rows_exported: 5, continuation_token: null, next_action: null });
    expect(job.parts.map((p: { rows: number }) => p.rows)).toEqual([2, 2, 1]);
    expect(rows.map((r) => r.type)).toEqual(Array(5).fill('crm.customer-created'));
    expect(rows.map((r) => r.data.email)).toEqual([1, 2, 3, 4, 5].map((n) => `c${n}@example.com`));
    expect(rows.every((r) => r.metadata.org_guid === org_guid && r.service === 'crm' && r.action === 'customer-created')).toBe(true);
    const positions = rows.map((r) => r.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const stale = await h.post('/ipm/bulk/export/continue', { job_id: job.job_id, continuation_token: staleToken }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.minor.tag).toBe('revision-mismatch');

    // Any earlier part stays downloadable by number.
    const part1 = await h.ok('/ipm/bulk/job/get', { job_id: job.job_id, part: 1 }, headers);
    expect((await download(part1.download_url)).map((r) => r.data.email)).toEqual(['c1@example.com', 'c2@example.com']);
  });

  it('exports the crm.customers read model with limit_rows, and ics stock levels (empty: one empty part)', async () => {
    const first = await h.ok('/ipm/bulk/export/create', { kind: 'crm.customers', chunk_rows: 3, limit_rows: 4 }, headers);
    const { job, rows } = await drain(first);
    expect(job).toMatchObject({ status: 'completed', rows_exported: 4 });
    expect(rows.map((r) => r.email)).toEqual(['c1@example.com', 'c2@example.com', 'c3@example.com', 'c4@example.com']);
    expect(rows[0]).toMatchObject({ org_guid, status: 'active', revision: 0 });
    expect(rows[0]._id).toBeUndefined();

    const stock = await h.ok('/ipm/bulk/export/create', { kind: 'ics.stock-levels' }, headers);
    expect(stock.job).toMatchObject({ status: 'completed', rows_exported: 0, parts: [{ part: 1, rows: 0 }] });
    expect(await download(stock.download_url)).toEqual([]);
  });

  it('refuses filters a kind cannot honour, and lists jobs newest first', async () => {
    const bad = await h.post('/ipm/bulk/export/create', { kind: 'crm.customers', filters: [{ service: 'crm' }], logical_guid: 'x' }, headers);
    expect(bad.status).toBe(400);
    expect(bad.body.error.minor.tag).toBe('filter-not-supported');
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['filters', 'logical_guid']);

    const list = await h.ok('/ipm/bulk/job/list', { direction: 'export', limit: 2 }, headers);
    expect(list.items).toHaveLength(2);
    expect(list.items[0].kind).toBe('ics.stock-levels');
    expect(list.next_token).toEqual(expect.any(String));
    const missing = await h.post('/ipm/bulk/job/get', { job_id: 'bkj_missing' }, headers);
    expect(missing.status).toBe(404);
  });
});

// UC-IPM-003 (import half): a dry run with a per-row error report, then a real import validated in chunks and
// committed through CRM's and ICS's own routes; rows the owning service refuses at commit land in the same report.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { createLogicalFacility } from '../../support/fixtures/facility';
import { createSellableVariant } from '../../support/fixtures/catalog';

describe('UC-IPM-003 bulk import: dry run, report, commit', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-bulk-import@example.com'))).headers;
    await h.ok('/crm/customer/create', { customer: { email: 'taken@example.com' } }, headers);
  });
  afterAll(() => h.close());

  const fastify = () => h.app.getHttpAdapter().getInstance();
  async function upload(data: { upload_url: string; upload_headers: Record<string, string> }, lines: string[]) {
    const u = new URL(data.upload_url);
    const res = await fastify().inject({ method: 'PUT', url: u.pathname + u.search, headers: data.upload_headers, payload: lines.join('\n') + '\n' });
    expect(res.statusCode).toBe(200);
  }
  async function report(url: string): Promise<any[]> {
    const u = new URL(url);
    const res = await fastify().inject({ method: 'GET', url: u.pathname + u.search });
    return res.body.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }
  /** Calls `call` (continue or commit) with the job's token until next_action changes. */
  async function drive(data: any, call: 'continue' | 'commit'): Promise<any> {
    let steps = 0;
    while (data.job.next_action === call) {
      data = await h.ok(`/ipm/bulk/import/${call}`, { job_id: data.job.job_id, continuation_token: data.job.continuation_token }, headers);
      steps += 1;
    }
    return { ...data, steps };
  }

  const customers = [
    JSON.stringify({ customer: { email: 'ann@example.com', caption: 'Ann' }, reason: 'migration' }), // 1 ok
    '{not json', // 2
    JSON.stringify({ customer: { email: 'bob@example.com' }, loyalty: 5 }), // 3 unknown field
    JSON.stringify({ customer: { given_name: 'Nameless' } }), // 4 no identifier
    JSON.stringify({ customer: { email: 'ANN@example.com' } }), // 5 duplicate of line 1
    JSON.stringify({ customer: { email: 'taken@example.com' } }), // 6 exists in the org
    '',
    JSON.stringify({ customer: { email: 'not-an-email', caption: 'Refused at commit' } }), // 8 CRM refuses at commit
    JSON.stringify({ customer: { phone: '+1 555 010 9999', caption: 'Cy' }, org_guid: 'org_other' }), // 9 org field
    JSON.stringify({ customer: { phone: '+1 555 010 1234', caption: 'Dee' } }), // 10 ok
  ];

  it('dry-runs customers: a per-row report with the route\'s error tags, and nothing written', async () => {
    const created = await h.ok('/ipm/bulk/import/create', { kind: 'crm.customers', dry_run: true, chunk_rows: 4 }, headers);
    expect(created.job).toMatchObject({ direction: 'import', status: 'awaiting_upload', dry_run: true, next_action: 'continue', revision: 0 });
    expect(created.upload_url).toEqual(expect.any(String));
    const early = await h.post('/ipm/bulk/import/continue', { job_id: created.job.job_id, continuation_token: created.job.continuation_token }, headers);
    expect(early.status).toBe(409);
    expect(early.body.error.minor.tag).toBe('upload-missing');

    await upload(created, customers);
    const done = await drive(created, 'continue');
    expect(done.steps).toBe(3);
    expect(done.job).toMatchObject({ status: 'completed', rows_total: 9, rows_valid: 3, rows_invalid: 6, rows_committed: 0, next_action: null });
    const rows = await report(done.report_url);
    expect(rows.map((r) => [r.line, r.minor])).toEqual([
      [2, 'invalid-json'], [3, 'invalid-fields'], [4, 'customer-identifier-required'], [5, 'duplicate-email-in-file'], [6, 'duplicate-email'], [9, 'org-field-not-allowed'],
    ]);
    expect(rows[1].fields).toEqual([{ field: 'loyalty', reason: 'unknown field' }]);

    const commit = await h.post('/ipm/bulk/import/commit', { job_id: done.job.job_id, continuation_token: created.job.continuation_token }, headers);
    expect(commit.status).toBe(409);
    const found = await h.ok('/crm/customer/search', { email: 'ann@example.com' }, headers);
    expect(found.items).toEqual([]);
  });

  it('imports customers: validate, commit in chunks through CRM, refused rows appended to the report', async () => {
    const created = await h.ok('/ipm/bulk/import/create', { kind: 'crm.customers', chunk_rows: 2, reason: 'legacy migration' }, headers);
    const early = await h.post('/ipm/bulk/import/commit', { job_id: created.job.job_id, continuation_token: created.job.continuation_token }, headers);
    expect(early.body.error.minor.tag).toBe('not-validated');
    await upload(created, customers);
    const validated = await drive(created, 'continue');
    expect(validated.job).toMatchObject({ status: 'validated', rows_valid: 3, next_action: 'commit' });

    const committed = await drive(validated, 'commit');
    expect(committed.steps).toBe(2);
    expect(committed.job).toMatchObject({ status: 'completed', rows_committed: 2, rows_failed: 1 });
    const rows = await report(committed.report_url);
    expect(rows.filter((r) => r.phase === 'commit')).toEqual([expect.objectContaining({ line: 8, major: 'validation-error', minor: 'email-invalid' })]);

    const ann = (await h.ok('/crm/customer/search', { email: 'ann@example.com' }, headers)).items;
    expect(ann).toHaveLength(1);
    expect((await h.ok('/crm/customer/search', { phone: '+15550101234' }, headers)).items).toHaveLength(1);
    // The log names the job and row each customer came from.
    const { events } = await h.runtime.log.readAll({ typePrefixes: ['crm.customer-created'] });
    const created1 = events.find((e) => e.data.customer_id === ann[0].customer_id)!;
    expect(created1.metadata).toMatchObject({ reason: 'migration', source_refs: [{ kind: 'ipm.bulk-job', id: `${created.job.job_id}#1` }] });
  });

  it('imports stock adjustments through ICS; a stale upload or token is refused', async () => {
    const { logical_guid } = await createLogicalFacility(h, headers);
    const { variant_id } = await createSellableVariant(h, headers);
    const created = await h.ok('/ipm/bulk/import/create', { kind: 'ics.adjustments' }, headers);
    await upload(created, [
      JSON.stringify({ logical_guid, variant_id, qty_delta: 5 }),
      JSON.stringify({ logical_guid, variant_id: 'var_missing', qty_delta: 1 }),
      JSON.stringify({ logical_guid, variant_id, qty_delta: 0 }),
      JSON.stringify({ logical_guid, variant_id, qty_delta: -2 }),
      JSON.stringify({ logical_guid, variant_id, qty_delta: -100 }),
    ]);
    const validated = await drive(created, 'continue');
    expect(validated.job).toMatchObject({ status: 'validated', rows_total: 5, rows_invalid: 2 });
    expect((await report(validated.report_url)).map((r) => [r.line, r.minor])).toEqual([[2, 'variant-not-found'], [3, 'invalid-fields']]);

    const committed = await drive(validated, 'commit');
    expect(committed.job).toMatchObject({ status: 'completed', rows_committed: 2, rows_failed: 1 });
    expect((await report(committed.report_url)).filter((r) => r.phase === 'commit').map((r) => [r.line, r.minor])).toEqual([[5, 'insufficient-stock']]);
    expect((await h.ok('/ics/stock/get', { logical_guid, variant_id }, headers)).stock).toMatchObject({ on_hand: 3 });

    // A file replaced after validation is never committed.
    const second = await h.ok('/ipm/bulk/import/create', { kind: 'ics.adjustments' }, headers);
    await upload(second, [JSON.stringify({ logical_guid, variant_id, qty_delta: 1 })]);
    const ok = await drive(second, 'continue');
    await upload(second, [JSON.stringify({ logical_guid, variant_id, qty_delta: 1000 })]);
    const changed = await h.ok('/ipm/bulk/import/commit', { job_id: ok.job.job_id, continuation_token: ok.job.continuation_token }, headers);
    expect(changed.job).toMatchObject({ status: 'failed', error: { phase: 'commit', minor: 'upload-changed' } });
    expect((await h.ok('/ics/stock/get', { logical_guid, variant_id }, headers)).stock).toMatchObject({ on_hand: 3 });
  });

  it('needs ipm:manage and the owning route\'s permission (an integration admin cannot import customers)', async () => {
    const admin = await userWithSession(h, 'integrator-bulk-import@example.com');
    const invite = await h.ok('/ofm/member/invite/create', { invitee_user_guid: admin.user_guid, caption: 'Integrator', role_profile_id: 'integration_admin' }, headers);
    await h.ok('/ofm/member/invite/accept', { code: invite.invite.code }, admin.headers);
    const member = { ...admin.headers, 'x-orgcode': headers['x-orgcode'] };
    const refused = await h.post('/ipm/bulk/import/create', { kind: 'crm.customers' }, member);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ minor: { tag: 'missing-permission' }, details: { needs_one_of: ['crm:manage'] } });
    const exportRefused = await h.post('/ipm/bulk/export/create', { kind: 'crm.customers' }, member);
    expect(exportRefused.status).toBe(403);
    // The log export needs only ipm:manage; the job is visible to the integrator.
    const events = await h.ok('/ipm/bulk/export/create', { kind: 'events', limit_rows: 3 }, member);
    expect(events.job).toMatchObject({ status: 'completed', rows_exported: 3 });
  });
});

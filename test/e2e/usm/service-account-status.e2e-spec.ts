// UC-USM-005: service account create + status change; a disabled account's key stops working, and works again.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-USM-005 service account create + status', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('disables and re-enables an account with expected_revision', async () => {
    const org = await createOrg(h, await userWithSession(h, 'sa-owner@example.com'));
    const sa = (await h.ok('/usm/service_account/create', { caption: 'pos-sync', description: 'Store POS' }, org.headers)).service_account;
    const key = (await h.ok('/usm/api_key/create', { service_account_id: sa.service_account_id }, org.headers)).api_key;

    const missing = await h.post('/usm/service_account/status', { service_account_id: sa.service_account_id, status: 'disabled' }, org.headers);
    expect(missing.status).toBe(428);
    const disabled = await h.ok('/usm/service_account/status', { service_account_id: sa.service_account_id, status: 'disabled', expected_revision: 0 }, org.headers);
    expect(disabled.service_account).toMatchObject({ status: 'disabled', revision: 1 });
    expect((await h.post('/usm/api_key/validate', { api_key: key })).status).toBe(401);
    const again = await h.post('/usm/service_account/status', { service_account_id: sa.service_account_id, status: 'disabled', expected_revision: 1 }, org.headers);
    expect(again.status).toBe(409);
    expect(again.body.error.minor.tag).toBe('status-unchanged');
    const blocked = await h.post('/usm/api_key/create', { service_account_id: sa.service_account_id }, org.headers);
    expect(blocked.body.error.minor.tag).toBe('service-account-disabled');

    await h.ok('/usm/service_account/status', { service_account_id: sa.service_account_id, status: 'active', expected_revision: 1 }, org.headers);
    expect((await h.post('/usm/api_key/validate', { api_key: key })).status).toBe(200);
    const list = await h.ok('/usm/service_account/list', { status: 'active' }, org.headers);
    expect(list.items).toEqual([expect.objectContaining({ service_account_id: sa.service_account_id, revision: 2, caption: 'pos-sync' })]);
  });

  it('is owner-only for writes and 404 for a caller outside the org', async () => {
    const org = await createOrg(h, await userWithSession(h, 'sa-owner2@example.com'));
    const stranger = await userWithSession(h, 'stranger@example.com');
    const r = await h.post('/usm/service_account/create', { caption: 'x' }, { ...stranger.headers, 'x-orgcode': org.orgcode });
    expect(r.status).toBe(404);
  });
});

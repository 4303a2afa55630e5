// UC-USM-003: API key create → validate → use as x-api-key on a USM tenant route → revoke → 401.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-USM-003 API key create → validate → use → revoke', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('issues a key once, validates it, authenticates with it and stops after revoke', async () => {
    const owner = await userWithSession(h, 'key-owner@example.com');
    const org = await createOrg(h, owner);
    const sa = (await h.ok('/usm/service_account/create', { caption: 'erp-sync' }, org.headers)).service_account;
    expect(sa).toMatchObject({ status: 'active', revision: 0, org_guid: org.org_guid });

    const created = await h.ok('/usm/api_key/create', { service_account_id: sa.service_account_id, caption: 'erp', role_profiles: ['org_view'] }, org.headers);
    expect(created.api_key).toMatch(/^g3n_[A-Za-z0-9_-]{43}$/);
    const record = created.api_key_record;
    expect(record).toMatchObject({ status: 'active', last4: created.api_key.slice(-4), role_profiles: ['org_view'], revision: 0 });
    expect(JSON.stringify(record)).not.toContain(created.api_key);
    expect(record.key_hash).toBeUndefined();

    // The plaintext never reaches the log.
    const events = await h.runtime.log.readAll({ tenant: org.org_guid, limit: 1000 });
    expect(JSON.stringify(events.events)).not.toContain(created.api_key);

    const binding = (await h.ok('/usm/api_key/validate', { api_key: created.api_key })).binding;
    expect(binding).toEqual({
      api_key_id: record.api_key_id, service_account_id: sa.service_account_id, org_guid: org.org_guid, orgcode: org.orgcode,
      role_profiles: ['org_view'], status: 'active',
    });

    const asKey = { 'x-api-key': created.api_key, 'x-orgcode': org.orgcode };
    const listed = await h.ok('/usm/api_key/list', {}, asKey);
    expect(listed.items.map((k: { api_key_id: string }) => k.api_key_id)).toEqual([record.api_key_id]);
    // An API key is never an owner.
    expect((await h.post('/usm/service_account/create', { caption: 'x' }, asKey)).status).toBe(403);

    const policy = await h.ok('/usm/api_key/policy_set', { api_key_id: record.api_key_id, role_profiles: ['pvv'], expected_revision: 0 }, org.headers);
    expect(policy.api_key_record).toMatchObject({ role_profiles: ['pvv'], revision: 1 });
    const stale = await h.post('/usm/api_key/revoke', { api_key_id: record.api_key_id, expected_revision: 0 }, org.headers);
    expect(stale.status).toBe(409);
    const revoked = await h.ok('/usm/api_key/revoke', { api_key_id: record.api_key_id, expected_revision: 1 }, org.headers);
    expect(revoked.api_key_record).toMatchObject({ status: 'revoked', revoked_by: 'key', revision: 2 });

    const invalid = await h.post('/usm/api_key/validate', { api_key: created.api_key });
    expect(invalid.status).toBe(401);
    expect(invalid.body.error.minor.tag).toBe('api-key-invalid');
    expect((await h.post('/usm/api_key/list', {}, asKey)).status).toBe(401);
  });

  it('refuses owner and unknown role profiles, and unknown keys', async () => {
    const owner = await userWithSession(h, 'key-owner2@example.com');
    const org = await createOrg(h, owner);
    const sa = (await h.ok('/usm/service_account/create', { caption: 'bot' }, org.headers)).service_account;
    for (const role_profiles of [['owner'], ['nope']]) {
      const r = await h.post('/usm/api_key/create', { service_account_id: sa.service_account_id, role_profiles }, org.headers);
      expect(r.status).toBe(400);
      expect(r.body.error.minor.tag).toBe('role-profile-invalid');
    }
    const unknown = await h.post('/usm/api_key/validate', { api_key: 'g3n_not-a-real-key' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.minor.tag).toBe('api-key-invalid');
  });
});

// UC-USM-004: revoke all org keys → every key fails closed; revoke_all for one service account; keys issued after work.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-USM-004 revoke all org keys (fail-closed)', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('revokes every key issued before the marker, in every service account', async () => {
    const owner = await userWithSession(h, 'revoke-org@example.com');
    const org = await createOrg(h, owner);
    const other = await createOrg(h, await userWithSession(h, 'other-org@example.com'));
    const newKey = async (headers: Record<string, string>, sa: string) =>
      (await h.ok('/usm/api_key/create', { service_account_id: sa }, headers)).api_key as string;
    const sa1 = (await h.ok('/usm/service_account/create', { caption: 'one' }, org.headers)).service_account.service_account_id;
    const sa2 = (await h.ok('/usm/service_account/create', { caption: 'two' }, org.headers)).service_account.service_account_id;
    const saOther = (await h.ok('/usm/service_account/create', { caption: 'other' }, other.headers)).service_account.service_account_id;
    const keys = [await newKey(org.headers, sa1), await newKey(org.headers, sa1), await newKey(org.headers, sa2)];
    const otherKey = await newKey(other.headers, saOther);

    await h.ok('/usm/api_key/revoke_all_org', { reason: 'incident' }, org.headers);
    for (const api_key of keys) expect((await h.post('/usm/api_key/validate', { api_key })).status).toBe(401);
    expect((await h.post('/usm/api_key/validate', { api_key: otherKey })).status).toBe(200);
    const listed = await h.ok('/usm/api_key/list', {}, org.headers);
    expect(listed.items.map((k: { status: string; revoked_by: string }) => [k.status, k.revoked_by])).toEqual(keys.map(() => ['revoked', 'org']));

    const after = await newKey(org.headers, sa2);
    expect((await h.post('/usm/api_key/validate', { api_key: after })).status).toBe(200);
  });

  it('revoke_all covers one service account only', async () => {
    const org = await createOrg(h, await userWithSession(h, 'revoke-sa@example.com'));
    const sa1 = (await h.ok('/usm/service_account/create', { caption: 'one' }, org.headers)).service_account.service_account_id;
    const sa2 = (await h.ok('/usm/service_account/create', { caption: 'two' }, org.headers)).service_account.service_account_id;
    const k1 = (await h.ok('/usm/api_key/create', { service_account_id: sa1 }, org.headers)).api_key;
    const k2 = (await h.ok('/usm/api_key/create', { service_account_id: sa2 }, org.headers)).api_key;
    await h.ok('/usm/api_key/revoke_all', { service_account_id: sa1 }, org.headers);
    expect((await h.post('/usm/api_key/validate', { api_key: k1 })).status).toBe(401);
    expect((await h.post('/usm/api_key/validate', { api_key: k2 })).status).toBe(200);
  });
});

// UC-OFM-001: org create → verify (operator) → activate → suspend (writes blocked) → restore.
import { setOrgStatus } from '@g3n/ofm';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createOrg, uniqueOrgcode } from '../../support/fixtures/org';
import { userWithSession } from '../../support/fixtures/identity';

describe('UC-OFM-001 org lifecycle', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('creates an unverified org with its DEFAULT cost centre, then walks verify → activate → suspend → restore', async () => {
    const owner = await userWithSession(h, 'lifecycle-owner@example.com');
    const orgcode = uniqueOrgcode('L');
    const { invitation_code } = await (await import('@g3n/ofm')).createInvitation(h.runtime);
    const created = await h.ok('/ofm/org/create', { orgcode: ` ${orgcode.toLowerCase()} `, invitation_code, user_guid: owner.user_guid, caption: 'Lifecycle HQ' }, owner.headers);
    expect(created.org).toMatchObject({ orgcode, status: 'unverified', primary_owner_user_guid: owner.user_guid, revision: 0 });
    expect(created.cost_centre).toMatchObject({ code: 'DEFAULT', is_default: true, status: 'active', org_guid: created.org.org_guid });
    expect(created.org.default_cc_guid).toBe(created.cost_centre.cc_guid);
    const headers = { ...owner.headers, 'x-orgcode': orgcode };

    // Unverified: writes are blocked, and the owner cannot verify it.
    const blocked = await h.post('/ofm/cost-centre/create', { code: 'OPS', caption: 'Ops' }, headers);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.minor.tag).toBe('org-write-blocked');
    const early = await h.post('/ofm/org/status/set', { status: 'active', expected_revision: 0 }, headers);
    expect(early.status).toBe(409);
    expect(early.body.error.minor.tag).toBe('invalid-transition');

    const verified = await setOrgStatus(h.runtime, { orgcode, status: 'verified' });
    expect(verified.org.status).toBe('verified');
    expect(verified.consistency).toBe('strong');

    const active = await h.ok('/ofm/org/status/set', { status: 'active', expected_revision: 1 }, headers);
    expect(active.org).toMatchObject({ status: 'active', revision: 2 });
    const suspended = await h.ok('/ofm/org/status/set', { status: 'suspended', expected_revision: 2 }, headers);
    expect(suspended.org.status).toBe('suspended');

    const write = await h.post('/ofm/org/update', { caption: 'Nope', expected_revision: 3 }, headers);
    expect(write.status).toBe(403);
    expect(write.body.error.minor.tag).toBe('org-write-blocked');
    const got = await h.ok('/ofm/org/get', {}, headers);
    expect(got.org.status).toBe('suspended');

    const restored = await h.ok('/ofm/org/status/set', { status: 'active', expected_revision: 3 }, headers);
    expect(restored.org).toMatchObject({ status: 'active', revision: 4 });
    const updated = await h.ok('/ofm/org/update', { caption: 'Lifecycle HQ 2', legal_name: 'Lifecycle Inc', expected_revision: 4 }, headers);
    expect(updated.org).toMatchObject({ caption: 'Lifecycle HQ 2', legal_name: 'Lifecycle Inc', revision: 5 });
  });

  it('lists the caller\'s orgs and resolves an orgcode only for an associated caller', async () => {
    const owner = await userWithSession(h, 'list-owner@example.com');
    const stranger = await userWithSession(h, 'list-stranger@example.com');
    const org = await createOrg(h, owner);
    const listed = await h.ok('/ofm/org/list', {}, owner.headers);
    expect(listed.items.map((o: { org_guid: string }) => o.org_guid)).toEqual([org.org_guid]);
    expect((await h.ok('/ofm/org/list', {}, stranger.headers)).items).toEqual([]);

    const resolved = await h.ok('/ofm/resolve/orgcode', { orgcode: org.orgcode.toLowerCase() }, owner.headers);
    expect(resolved.org.org_guid).toBe(org.org_guid);
    const hidden = await h.post('/ofm/resolve/orgcode', { orgcode: org.orgcode }, stranger.headers);
    expect(hidden.status).toBe(404);
  });
});

// UC-OFM-006: owner primary/secondary changes (owner-only on the API; operator-only in the hosted product).
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createOrg } from '../../support/fixtures/org';
import { userWithSession } from '../../support/fixtures/identity';

describe('UC-OFM-006 owners', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('adds a secondary owner, hands over the primary role, suspends and removes secondaries, never the primary', async () => {
    const first = await userWithSession(h, 'own-first@example.com');
    const second = await userWithSession(h, 'own-second@example.com');
    const org = await createOrg(h, first);
    const { headers } = org;
    const secondHeaders = { ...second.headers, 'x-orgcode': org.orgcode };
    expect((await h.post('/ofm/org/get', {}, secondHeaders)).status).toBe(404);

    const added = await h.ok('/ofm/owner/secondary/add', { user_guid: second.user_guid }, headers);
    expect(added.org.secondary_owners).toEqual([{ user_guid: second.user_guid, state: 'active' }]);
    expect((await h.post('/ofm/owner/secondary/add', { user_guid: second.user_guid }, headers)).body.error.minor.tag).toBe('already-owner');
    // The new owner passes every owner-only route.
    expect((await h.ok('/ofm/org/get', {}, secondHeaders)).org.org_guid).toBe(org.org_guid);

    const cannot = await h.post('/ofm/owner/secondary/remove', { user_guid: first.user_guid }, headers);
    expect(cannot.status).toBe(409);
    expect(cannot.body.error.minor.tag).toBe('primary-owner');
    const noSuspend = await h.post('/ofm/owner/state/set', { user_guid: first.user_guid, state: 'suspended', expected_revision: added.org.revision }, headers);
    expect(noSuspend.body.error.minor.tag).toBe('primary-owner');

    const handed = await h.ok('/ofm/owner/primary/set', { user_guid: second.user_guid, expected_revision: added.org.revision }, secondHeaders);
    expect(handed.org).toMatchObject({ primary_owner_user_guid: second.user_guid, secondary_owners: [{ user_guid: first.user_guid, state: 'active' }] });
    const owners = await h.ok('/ofm/owner/list', {}, headers);
    expect(owners.items.map((o: { user_guid: string; owner_kind: string }) => [o.user_guid, o.owner_kind]).sort()).toEqual(
      [[first.user_guid, 'secondary'], [second.user_guid, 'primary']].sort(),
    );

    const suspended = await h.ok('/ofm/owner/state/set', { user_guid: first.user_guid, state: 'suspended', expected_revision: handed.org.revision }, secondHeaders);
    expect(suspended.org.secondary_owners).toEqual([{ user_guid: first.user_guid, state: 'suspended' }]);
    // A suspended owner is no longer associated with the org.
    expect((await h.post('/ofm/org/get', {}, headers)).status).toBe(404);

    const removed = await h.ok('/ofm/owner/secondary/remove', { user_guid: first.user_guid }, secondHeaders);
    expect(removed.org.secondary_owners).toEqual([]);
  });

  it('keeps owner routes to owners', async () => {
    const owner = await userWithSession(h, 'own-only@example.com');
    const member = await userWithSession(h, 'own-member@example.com');
    const org = await createOrg(h, owner);
    const invite = await h.ok('/ofm/member/invite/create', { invitee_user_guid: member.user_guid, caption: 'Admin', role_profile_id: 'org_admin' }, org.headers);
    await h.ok('/ofm/member/invite/accept', { code: invite.invite.code }, member.headers);
    const attempt = await h.post('/ofm/owner/secondary/add', { user_guid: member.user_guid }, { ...member.headers, 'x-orgcode': org.orgcode });
    expect(attempt.status).toBe(403);
    expect(attempt.body.error.minor.tag).toBe('not-owner');
  });
});

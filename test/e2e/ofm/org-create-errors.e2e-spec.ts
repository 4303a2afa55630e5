// Org creation failures: unknown, expired and consumed invitations; a taken orgcode; a bad orgcode; user_guid not the caller.
import { createInvitation } from '@g3n/ofm';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createOrg, uniqueOrgcode } from '../../support/fixtures/org';
import { userWithSession } from '../../support/fixtures/identity';

describe('org create failures', () => {
  let h: ApiHarness;
  let owner: { user_guid: string; session_guid: string; headers: Record<string, string> };
  const create = (body: Record<string, unknown>) => h.post('/ofm/org/create', { user_guid: owner.user_guid, caption: 'X', ...body }, owner.headers);

  beforeAll(async () => {
    h = await openApiHarness();
    owner = await userWithSession(h, 'errors-owner@example.com');
  });
  afterAll(() => h.close());

  it('answers 404 for an unknown invitation and 409 for an expired one, without burning the orgcode', async () => {
    const orgcode = uniqueOrgcode('E');
    const unknown = await create({ orgcode, invitation_code: 'INV-NOSUCHCODE' });
    expect(unknown.status).toBe(404);
    const expired = await createInvitation(h.runtime, { ttlMs: -1000 });
    const late = await create({ orgcode, invitation_code: expired.invitation_code });
    expect(late.status).toBe(409);
    expect(late.body.error.minor.tag).toBe('invitation-expired');
    // The orgcode is still free.
    const fresh = await createInvitation(h.runtime);
    expect((await create({ orgcode, invitation_code: fresh.invitation_code })).status).toBe(200);
  });

  it('answers 409 invitation-consumed for a used invitation and uniqueness-conflict for a taken orgcode', async () => {
    const { invitation_code } = await createInvitation(h.runtime);
    const orgcode = uniqueOrgcode('C');
    expect((await create({ orgcode, invitation_code })).status).toBe(200);
    const reused = await create({ orgcode: uniqueOrgcode('C'), invitation_code });
    expect(reused.status).toBe(409);
    expect(reused.body.error.minor.tag).toBe('invitation-consumed');

    const other = await userWithSession(h, 'errors-other@example.com');
    const again = await createInvitation(h.runtime);
    const taken = await h.post('/ofm/org/create', { orgcode: orgcode.toLowerCase(), invitation_code: again.invitation_code, user_guid: other.user_guid, caption: 'Y' }, other.headers);
    expect(taken.status).toBe(409);
    expect(taken.body.error.minor.tag).toBe('uniqueness-conflict');
    expect(taken.body.error.error_code).toBe('ofm.uniqueness_conflict');
  });

  it('validates the orgcode and the caller', async () => {
    const { invitation_code } = await createInvitation(h.runtime);
    const bad = await create({ orgcode: 'a b', invitation_code });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].field).toBe('orgcode');
    const someoneElse = await create({ orgcode: uniqueOrgcode('U'), invitation_code, user_guid: 'usr_else' });
    expect(someoneElse.status).toBe(403);
    expect((await h.post('/ofm/org/create', { orgcode: 'NOAUTH', invitation_code, user_guid: owner.user_guid, caption: 'x' })).status).toBe(401);
  });

  it('needs expected_revision on updates (428) and rejects a stale one (409 with conflict_snapshot.revision)', async () => {
    const org = await createOrg(h, owner);
    const missing = await h.post('/ofm/org/update', { caption: 'New' }, org.headers);
    expect(missing.status).toBe(428);
    expect(missing.body.error.major.tag).toBe('expected-revision-required');
    const stale = await h.post('/ofm/org/update', { caption: 'New', expected_revision: 0 }, org.headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot.revision).toBe(1);
    expect((await h.ok('/ofm/org/update', { caption: 'New', expected_revision: 1 }, org.headers)).org.revision).toBe(2);
  });

  it('answers /member/resolve with 404 for a non-member and the membership for the owner', async () => {
    const org = await createOrg(h, owner);
    const stranger = await userWithSession(h, 'errors-stranger@example.com');
    const hidden = await h.post('/ofm/member/resolve', { orgcode: org.orgcode }, stranger.headers);
    expect(hidden.status).toBe(404);
    const self = await h.ok('/ofm/member/resolve', { orgcode: org.orgcode }, owner.headers);
    expect(self.member).toMatchObject({ owner: true, role_profiles: ['owner'], permissions: ['*'], state: 'active' });
    // A logical facility that is not the org's is not found, even for an owner.
    const foreign = await h.post('/ofm/member/resolve', { orgcode: org.orgcode, logical_guid: 'log_any' }, owner.headers);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.minor.tag).toBe('logical-not-found');
  });
});

// UC-OFM-002: invite + accept (invitee only) → assign logical → revoke an invite; non-owner invite → 403 not-owner.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createOrg } from '../../support/fixtures/org';
import { userWithSession } from '../../support/fixtures/identity';

describe('UC-OFM-002 member invites and logical assignment', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('binds the invite to the invitee, lets them in, scopes them to a logical facility, and revokes a second invite', async () => {
    const owner = await userWithSession(h, 'inv-owner@example.com');
    const invitee = await userWithSession(h, 'inv-invitee@example.com');
    const other = await userWithSession(h, 'inv-other@example.com');
    const org = await createOrg(h, owner);
    const { org_guid, headers } = org;

    const created = await h.ok('/ofm/member/invite/create', { org_guid, invitee_user_guid: invitee.user_guid, caption: 'Inventory staff', role_profile_id: 'pvv' }, headers);
    expect(created.invite).toMatchObject({ status: 'pending', invitee_user_guid: invitee.user_guid, role_profile_id: 'pvv', invited_by_user_guid: owner.user_guid });
    const code = created.invite.code as string;

    // Someone else's session cannot see, let alone accept, the invite.
    const wrong = await h.post('/ofm/member/invite/accept', { code }, other.headers);
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.major.tag).toBe('not-found');
    const accepted = await h.ok('/ofm/member/invite/accept', { code }, invitee.headers);
    expect(accepted.membership).toMatchObject({ org_guid, user_guid: invitee.user_guid, owner: false, role_profiles: ['pvv'], state: 'active', revision: 0 });
    const again = await h.post('/ofm/member/invite/accept', { code }, invitee.headers);
    expect(again.status).toBe(409);
    expect(again.body.error.minor.tag).toBe('invite-accepted');

    // The member now passes the guard with pvv's permissions: reads yes, owner-only writes no.
    const memberHeaders = { ...invitee.headers, 'x-orgcode': org.orgcode };
    expect((await h.ok('/ofm/org/get', {}, memberHeaders)).org.org_guid).toBe(org_guid);
    const notOwner = await h.post('/ofm/member/invite/create', { invitee_user_guid: other.user_guid, caption: 'x', role_profile_id: 'pvv' }, memberHeaders);
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.error.minor.tag).toBe('not-owner');

    // A logical facility from the facilities half, then the assignment.
    const physical = await h.ok('/ofm/facility/physical/create', { org_guid, code: 'HQ', caption: 'Headquarters', address: { street: '1 Main St', city: 'Austin', region: 'TX', country: 'US' } }, headers);
    const legal = await h.ok('/ofm/facility/legal/create', { org_guid, code: 'ACME-INC', caption: 'Acme Incorporated' }, headers);
    const logical = await h.ok('/ofm/facility/logical/create', { org_guid, physical_guid: physical.facility.physical_guid, legal_guid: legal.facility.legal_guid, code: 'DC-01', caption: 'DC' }, headers);
    const logical_guid = logical.facility.logical_guid as string;

    const unknownLogical = await h.post('/ofm/member/assign-logical', { user_guid: invitee.user_guid, logical_guid: 'log_nope' }, headers);
    expect(unknownLogical.status).toBe(404);
    expect(unknownLogical.body.error.minor.tag).toBe('logical-not-found');
    const assigned = await h.ok('/ofm/member/assign-logical', { user_guid: invitee.user_guid, logical_guid }, headers);
    expect(assigned.membership.logical_guids).toEqual([logical_guid]);
    const assignments = await h.ok('/ofm/member/assignments', { user_guid: invitee.user_guid }, headers);
    expect(assignments.items).toEqual([expect.objectContaining({ principal_kind: 'member', user_guid: invitee.user_guid, logical_guid })]);

    // The integrator's self-check (integration checklist step 3).
    const self = await h.ok('/ofm/member/resolve', { orgcode: org.orgcode, logical_guid }, invitee.headers);
    expect(self.member).toMatchObject({ org_guid, user_guid: invitee.user_guid, owner: false, role_profiles: ['pvv'], logical_guids: [logical_guid], logical_guid });
    const second_dc = await h.ok('/ofm/facility/logical/create', { org_guid, physical_guid: physical.facility.physical_guid, legal_guid: legal.facility.legal_guid, code: 'DC-02', caption: 'DC 2' }, headers);
    const elsewhere = await h.post('/ofm/member/resolve', { orgcode: org.orgcode, logical_guid: second_dc.facility.logical_guid }, invitee.headers);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.minor.tag).toBe('logical-not-assigned');
    const unknown = await h.post('/ofm/member/resolve', { orgcode: org.orgcode, logical_guid: 'log_other' }, invitee.headers);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.minor.tag).toBe('logical-not-found');

    // A second invite, revoked before it is used.
    const second = await h.ok('/ofm/member/invite/create', { invitee_user_guid: other.user_guid, caption: 'Temp', role_profile_id: 'org_view' }, headers);
    const revoked = await h.ok('/ofm/member/invite/revoke', { code: second.invite.code }, headers);
    expect(revoked.invite.status).toBe('revoked');
    const late = await h.post('/ofm/member/invite/accept', { code: second.invite.code }, other.headers);
    expect(late.status).toBe(409);
    expect(late.body.error.minor.tag).toBe('invite-revoked');
    const invites = await h.ok('/ofm/member/invite/list', {}, headers);
    expect(invites.items.map((i: { status: string }) => i.status)).toEqual(['accepted', 'revoked']);

    // Removal detaches the logical and closes the door.
    const members = await h.ok('/ofm/member/list', { state: 'active' }, headers);
    expect(members.items.map((m: { user_guid: string }) => m.user_guid).sort()).toEqual([owner.user_guid, invitee.user_guid].sort());
    const removed = await h.ok('/ofm/member/state/set', { user_guid: invitee.user_guid, state: 'removed', expected_revision: 1 }, headers);
    expect(removed.membership).toMatchObject({ state: 'removed', logical_guids: [], role_profiles: [] });
    expect((await h.post('/ofm/org/get', {}, memberHeaders)).status).toBe(404);
  });

  it('refuses invites with an unknown role profile or invitee', async () => {
    const owner = await userWithSession(h, 'inv-owner2@example.com');
    const { headers } = await createOrg(h, owner);
    const badRole = await h.post('/ofm/member/invite/create', { invitee_user_guid: owner.user_guid, caption: 'x', role_profile_id: 'owner' }, headers);
    expect(badRole.status).toBe(400);
    const nobody = await h.post('/ofm/member/invite/create', { invitee_user_guid: 'usr_nobody', caption: 'x', role_profile_id: 'pvv' }, headers);
    expect(nobody.status).toBe(404);
    expect(nobody.body.error.minor.tag).toBe('user-not-found');
  });
});

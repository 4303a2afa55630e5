// Teams: create, get, list, update, status, member add/remove, members, by-member.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createOrg } from '../../support/fixtures/org';
import { userWithSession } from '../../support/fixtures/identity';

describe('teams', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('groups org members into teams', async () => {
    const owner = await userWithSession(h, 'team-owner@example.com');
    const outsider = await userWithSession(h, 'team-outsider@example.com');
    const { headers } = await createOrg(h, owner);
    const team = (await h.ok('/ofm/team/create', { code: 'pickers', caption: 'Pickers' }, headers)).team;
    expect(team).toMatchObject({ code: 'PICKERS', status: 'active', member_user_guids: [], revision: 0 });
    expect((await h.post('/ofm/team/create', { code: 'PICKERS', caption: 'Again' }, headers)).status).toBe(409);

    const added = await h.ok('/ofm/team/member/add', { team_guid: team.team_guid, user_guid: owner.user_guid }, headers);
    expect(added.team.member_user_guids).toEqual([owner.user_guid]);
    const stranger = await h.post('/ofm/team/member/add', { team_guid: team.team_guid, user_guid: outsider.user_guid }, headers);
    expect(stranger.status).toBe(404);
    expect(stranger.body.error.minor.tag).toBe('member-not-found');

    expect((await h.ok('/ofm/team/members', { team_guid: team.team_guid }, headers)).items).toEqual([{ team_guid: team.team_guid, user_guid: owner.user_guid }]);
    expect((await h.ok('/ofm/team/by-member', { user_guid: owner.user_guid }, headers)).items.map((t: { team_guid: string }) => t.team_guid)).toEqual([team.team_guid]);

    const updated = await h.ok('/ofm/team/update', { team_guid: team.team_guid, caption: 'Night pickers', expected_revision: 1 }, headers);
    expect(updated.team).toMatchObject({ caption: 'Night pickers', revision: 2 });
    const off = await h.ok('/ofm/team/status', { team_guid: team.team_guid, status: 'inactive', expected_revision: 2 }, headers);
    expect(off.team.status).toBe('inactive');
    expect((await h.ok('/ofm/team/list', { status: 'inactive' }, headers)).items).toHaveLength(1);
    const removed = await h.ok('/ofm/team/member/remove', { team_guid: team.team_guid, user_guid: owner.user_guid }, headers);
    expect(removed.team.member_user_guids).toEqual([]);
    expect((await h.ok('/ofm/team/get', { team_guid: team.team_guid }, headers)).team.revision).toBe(4);
    expect((await h.post('/ofm/team/get', { team_guid: 'team_nope' }, headers)).status).toBe(404);
  });
});

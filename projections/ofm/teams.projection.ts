import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import { changed, created, dataOf, touched } from './record-fields';

export interface TeamDoc extends Doc {
  org_guid: string;
  team_guid: string;
  code: string;
  caption: string;
  description: string | null;
  status: string;
  /** Members in the order they joined; /team/by-member matches on this array. */
  member_user_guids: string[];
  revision: number;
  created_at: string;
  updated_at: string;
}

const TEAMS = 'ofm_teams';

export const ofmTeamsProjection: ProjectionDefinition = {
  name: 'ofm.teams',
  version: 1,
  collections: [{ name: TEAMS, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'code'] }] }],
  handlers: {
    'ofm.team-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<TeamDoc>(TEAMS, {
        _id: d.team_guid, org_guid: d.org_guid, team_guid: d.team_guid, code: d.code, caption: d.caption, description: d.description,
        status: 'active', member_user_guids: [], ...created(e),
      });
    },
    'ofm.team-updated': (e, ctx) => ctx.update<TeamDoc>(TEAMS, dataOf(e).team_guid, (t) => t && { ...t, ...changed(dataOf(e), ['caption', 'description']), ...touched(e) }),
    'ofm.team-status-set': (e, ctx) => ctx.update<TeamDoc>(TEAMS, dataOf(e).team_guid, (t) => t && { ...t, status: dataOf(e).status, ...touched(e) }),
    'ofm.team-member-added': (e, ctx) =>
      ctx.update<TeamDoc>(TEAMS, dataOf(e).team_guid, (t) => t && { ...t, member_user_guids: [...t.member_user_guids, dataOf(e).user_guid], ...touched(e) }),
    'ofm.team-member-removed': (e, ctx) =>
      ctx.update<TeamDoc>(TEAMS, dataOf(e).team_guid, (t) => t && { ...t, member_user_guids: t.member_user_guids.filter((u) => u !== dataOf(e).user_guid), ...touched(e) }),
  },
};

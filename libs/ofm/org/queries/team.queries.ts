import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime } from '@g3n/platform';
import type { TeamDoc } from '../../../../projections/ofm/teams.projection';
import type { TeamByMemberRequest, TeamListRequest } from '../api/dto/team.dto';
import { criteria, page, view } from '../shared/read-models';
import { sameOrg } from '../shared/write-then-read';

export class GetTeamQuery {
  constructor(readonly ctx: RequestContext, readonly team_guid: string) {}
}
export class ListTeamsQuery {
  constructor(readonly ctx: RequestContext, readonly dto: TeamListRequest) {}
}
/** The members of one team, in the order they joined (a team is small: one page). */
export class TeamMembersQuery {
  constructor(readonly ctx: RequestContext, readonly team_guid: string) {}
}
export class TeamsByMemberQuery {
  constructor(readonly ctx: RequestContext, readonly dto: TeamByMemberRequest) {}
}

@QueryHandler(GetTeamQuery)
export class GetTeamHandler implements IQueryHandler<GetTeamQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ ctx, team_guid }: GetTeamQuery) {
    const team = await this.runtime.readModels.collection<TeamDoc>('ofm_teams').get(team_guid);
    sameOrg(team, ctx.org_guid, 'team');
    return { team: view(team) };
  }
}

@QueryHandler(ListTeamsQuery)
export class ListTeamsHandler implements IQueryHandler<ListTeamsQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  execute({ ctx, dto }: ListTeamsQuery) {
    return page(this.runtime, 'ofm_teams', criteria({ org_guid: ctx.org_guid, status: dto.status }), dto);
  }
}

@QueryHandler(TeamMembersQuery)
export class TeamMembersHandler implements IQueryHandler<TeamMembersQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ ctx, team_guid }: TeamMembersQuery) {
    const team = await this.runtime.readModels.collection<TeamDoc>('ofm_teams').get(team_guid);
    sameOrg(team, ctx.org_guid, 'team');
    return { items: team.member_user_guids.map((user_guid) => ({ team_guid, user_guid })), next_token: null };
  }
}

@QueryHandler(TeamsByMemberQuery)
export class TeamsByMemberHandler implements IQueryHandler<TeamsByMemberQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  execute({ ctx, dto }: TeamsByMemberQuery) {
    return page(this.runtime, 'ofm_teams', { org_guid: ctx.org_guid, member_user_guids: dto.user_guid }, dto);
  }
}

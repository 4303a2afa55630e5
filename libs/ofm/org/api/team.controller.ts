import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ChangeTeamCommand, CreateTeamCommand } from '../commands/team.handlers';
import { GetTeamQuery, ListTeamsQuery, TeamMembersQuery, TeamsByMemberQuery } from '../queries/team.queries';
import {
  TeamByMemberRequest, TeamCreateRequest, TeamListRequest, TeamMemberItem, TeamMemberRequest, TeamRecord, TeamRefRequest, TeamStatusRequest, TeamUpdateRequest,
} from './dto/team.dto';

const service = 'ofm';
const one = { type: TeamRecord, key: 'team' };
const view = ['ofm:view'];
const manage = ['ofm:manage'];

@Controller('ofm')
@ApiTags('ofm')
export class TeamController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service, call: 'team/create', kind: 'write', summary: 'Create a team (code unique in the org).', permissions: manage, request: TeamCreateRequest, response: one, errors: [['conflict', 'uniqueness-conflict']] })
  create(@Body() dto: TeamCreateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new CreateTeamCommand(ctx, dto));
  }

  @Endpoint({ service, call: 'team/get', kind: 'read', summary: 'A team by team_guid.', permissions: view, request: TeamRefRequest, response: one })
  get(@Body() dto: TeamRefRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new GetTeamQuery(ctx, dto.team_guid));
  }

  @Endpoint({ service, call: 'team/list', kind: 'read', summary: 'The org\'s teams, oldest first.', permissions: view, request: TeamListRequest, response: { type: TeamRecord, list: true } })
  list(@Body() dto: TeamListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListTeamsQuery(ctx, dto));
  }

  @Endpoint({ service, call: 'team/update', kind: 'write', summary: 'Change a team\'s caption or description.', permissions: manage, revision: true, request: TeamUpdateRequest, response: one })
  update(@Body() dto: TeamUpdateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ChangeTeamCommand(ctx, dto, { kind: 'update', caption: dto.caption, description: dto.description }));
  }

  @Endpoint({
    service, call: 'team/status', kind: 'write', summary: 'Deactivate or reactivate a team.', permissions: manage, revision: true, request: TeamStatusRequest, response: one,
    errors: [['invalid-state', 'invalid-transition']],
  })
  status(@Body() dto: TeamStatusRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ChangeTeamCommand(ctx, dto, { kind: 'set-status', status: dto.status }));
  }

  @Endpoint({
    service, call: 'team/member/add', kind: 'write', summary: 'Add an active member (or owner) of the org to an active team.', permissions: manage, request: TeamMemberRequest, response: one,
    errors: [['not-found', 'member-not-found'], ['conflict', 'already-team-member'], ['invalid-state', 'team-inactive']],
  })
  addMember(@Body() dto: TeamMemberRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ChangeTeamCommand(ctx, dto, { kind: 'add-member', user_guid: dto.user_guid }));
  }

  @Endpoint({ service, call: 'team/member/remove', kind: 'write', summary: 'Remove a member from a team.', permissions: manage, request: TeamMemberRequest, response: one, errors: [['not-found', 'team-member-not-found']] })
  removeMember(@Body() dto: TeamMemberRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ChangeTeamCommand(ctx, dto, { kind: 'remove-member', user_guid: dto.user_guid }));
  }

  @Endpoint({ service, call: 'team/members', kind: 'read', summary: 'A team\'s members in the order they joined.', permissions: view, request: TeamRefRequest, response: { type: TeamMemberItem, list: true } })
  members(@Body() dto: TeamRefRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new TeamMembersQuery(ctx, dto.team_guid));
  }

  @Endpoint({ service, call: 'team/by-member', kind: 'read', summary: 'The teams a user is in.', permissions: view, request: TeamByMemberRequest, response: { type: TeamRecord, list: true } })
  byMember(@Body() dto: TeamByMemberRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new TeamsByMemberQuery(ctx, dto));
  }
}

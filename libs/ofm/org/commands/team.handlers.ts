import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { MembershipDoc } from '../../../../projections/ofm/memberships.projection';
import type { TeamCreateRequest, TeamMemberRequest, TeamStatusRequest, TeamUpdateRequest } from '../api/dto/team.dto';
import { codeClaimDecider } from '../code-claim/code-claim.decide';
import { CODE_PATTERN, normaliseCode } from '../shared/codes';
import { sameOrg, writeThenRead } from '../shared/write-then-read';
import { TeamCommand, teamDecider } from '../team/team.decide';

export class CreateTeamCommand {
  constructor(readonly ctx: RequestContext, readonly dto: TeamCreateRequest) {}
}
/** update, status and member add/remove: the same write on one team's stream. */
export class ChangeTeamCommand {
  constructor(readonly ctx: RequestContext, readonly dto: TeamUpdateRequest | TeamStatusRequest | TeamMemberRequest, readonly command: TeamCommand) {}
}

const teamStream = (ctx: RequestContext, teamGuid: string) => streamName(ctx.org_guid, 'ofm.team', teamGuid);
const teamRecord = (teamGuid: string) => ({ collection: 'ofm_teams', id: teamGuid, key: 'team' });

@CommandHandler(CreateTeamCommand)
export class CreateTeamHandler implements ICommandHandler<CreateTeamCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, dto }: CreateTeamCommand) {
    const code = normaliseCode(dto.code, 'code', CODE_PATTERN);
    const team_guid = this.runtime.ids.next('team');
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'ofm.team-code', code), decider: codeClaimDecider,
      command: { kind: 'claim', scope: 'team', code, target_guid: team_guid, claimed_by: ctx.actor },
    });
    const command = { kind: 'create' as const, org_guid: ctx.org_guid, team_guid, code, caption: dto.caption, description: dto.description ?? null };
    return writeThenRead(this, ctx, { stream: teamStream(ctx, team_guid), decider: teamDecider, command }, teamRecord(team_guid));
  }
}

@CommandHandler(ChangeTeamCommand)
export class ChangeTeamHandler implements ICommandHandler<ChangeTeamCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, dto, command }: ChangeTeamCommand) {
    sameOrg(await this.runtime.readModels.collection('ofm_teams').get(dto.team_guid), ctx.org_guid, 'team');
    if (command.kind === 'add-member') {
      // Teams group people of the org: the user must be an active member or owner.
      const m = await this.runtime.readModels.collection<MembershipDoc>('ofm_memberships').get(`${ctx.org_guid}:${command.user_guid}`);
      if (m?.state !== 'active') throw notFound('member-not-found', 'No such active member in this org.');
    }
    const expectedRevision = 'expected_revision' in dto ? dto.expected_revision : undefined;
    return writeThenRead(this, ctx, { stream: teamStream(ctx, dto.team_guid), decider: teamDecider, command, expectedRevision }, teamRecord(dto.team_guid));
  }
}

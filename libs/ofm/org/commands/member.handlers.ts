import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { MembershipDoc } from '../../../../projections/ofm/memberships.projection';
import type { MemberLogicalRequest, MemberStateSetRequest } from '../api/dto/member.dto';
import { MemberCommand, memberDecider } from '../member/member.decide';
import { requireActiveLogical } from '../shared/neighbours';
import { writeThenRead } from '../shared/write-then-read';

export class SetMemberStateCommand {
  constructor(readonly ctx: RequestContext, readonly dto: MemberStateSetRequest) {}
}
export class MemberLogicalCommand {
  constructor(readonly ctx: RequestContext, readonly action: 'assign-logical' | 'detach-logical', readonly dto: MemberLogicalRequest) {}
}

const membershipRecord = (ctx: RequestContext, userGuid: string) => ({ collection: 'ofm_memberships', id: `${ctx.org_guid}:${userGuid}`, key: 'membership', what: 'member' });

/** Owner-only membership rows have no member stream: such a user is managed through /owner routes. */
async function requireMember(runtime: Runtime, ctx: RequestContext, userGuid: string): Promise<void> {
  const m = await runtime.readModels.collection<MembershipDoc>('ofm_memberships').get(`${ctx.org_guid}:${userGuid}`);
  if (!m || m.member_state === null) throw notFound('member-not-found', 'No such member in this org.');
}

@CommandHandler(SetMemberStateCommand)
export class SetMemberStateHandler implements ICommandHandler<SetMemberStateCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, dto }: SetMemberStateCommand) {
    await requireMember(this.runtime, ctx, dto.user_guid);
    const args = { stream: streamName(ctx.org_guid, 'ofm.member', dto.user_guid), decider: memberDecider, command: { kind: 'set-state' as const, state: dto.state }, expectedRevision: dto.expected_revision };
    return writeThenRead(this, ctx, args, membershipRecord(ctx, dto.user_guid));
  }
}

@CommandHandler(MemberLogicalCommand)
export class MemberLogicalHandler implements ICommandHandler<MemberLogicalCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, action, dto }: MemberLogicalCommand) {
    await requireMember(this.runtime, ctx, dto.user_guid);
    if (action === 'assign-logical') await requireActiveLogical(this.runtime, ctx.org_guid, dto.logical_guid);
    const command: MemberCommand = { kind: action, logical_guid: dto.logical_guid };
    return writeThenRead(this, ctx, { stream: streamName(ctx.org_guid, 'ofm.member', dto.user_guid), decider: memberDecider, command }, membershipRecord(ctx, dto.user_guid));
  }
}

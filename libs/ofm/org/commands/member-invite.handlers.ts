import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { conflict, DomainError, notFound, validationError } from '@g3n/es';
import { streamName } from '@g3n/eventlog';
import { isRoleProfile, RequestContext, RUNTIME, Runtime, WRITABLE_ORG_STATUSES, Writes } from '@g3n/platform';
import type { MemberInviteDoc } from '../../../../projections/ofm/member-invites.projection';
import type { MembershipDoc } from '../../../../projections/ofm/memberships.projection';
import type { OrgDoc } from '../../../../projections/ofm/orgs.projection';
import type { MemberInviteAcceptRequest, MemberInviteCreateRequest, MemberInviteRevokeRequest } from '../api/dto/member.dto';
import { memberInviteDecider } from '../member-invite/member-invite.decide';
import { memberDecider } from '../member/member.decide';
import { randomCode } from '../shared/codes';
import { requireUser } from '../shared/neighbours';
import { view } from '../shared/read-models';
import { sameOrg, writeThenRead } from '../shared/write-then-read';

export const MEMBER_INVITE_TTL_MS = 14 * 24 * 3600 * 1000;

export class CreateMemberInviteCommand {
  constructor(readonly ctx: RequestContext, readonly dto: MemberInviteCreateRequest) {}
}
export class AcceptMemberInviteCommand {
  constructor(readonly ctx: RequestContext, readonly dto: MemberInviteAcceptRequest) {}
}
export class RevokeMemberInviteCommand {
  constructor(readonly ctx: RequestContext, readonly dto: MemberInviteRevokeRequest) {}
}

const inviteRecord = (code: string) => ({ collection: 'ofm_member_invites', id: code, key: 'invite' });

@CommandHandler(CreateMemberInviteCommand)
export class CreateMemberInviteHandler implements ICommandHandler<CreateMemberInviteCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, dto }: CreateMemberInviteCommand) {
    if (!isRoleProfile(dto.role_profile_id) || dto.role_profile_id === 'owner') {
      throw validationError('invalid-fields', 'role_profile_id must be a role profile other than owner.', { fields: [{ field: 'role_profile_id', reason: 'unknown role profile (owner is granted through /owner routes)' }] });
    }
    await requireUser(this.runtime, dto.invitee_user_guid);
    const existing = await this.runtime.readModels.collection<MembershipDoc>('ofm_memberships').get(`${ctx.org_guid}:${dto.invitee_user_guid}`);
    if (existing?.state === 'active') throw conflict('already-member', 'The user belongs to the org already.');
    const code = randomCode('MI');
    const expires_at = new Date(this.runtime.clock.now().getTime() + MEMBER_INVITE_TTL_MS).toISOString();
    const command = {
      kind: 'create' as const, org_guid: ctx.org_guid, code, invitee_user_guid: dto.invitee_user_guid, caption: dto.caption,
      role_profile_id: dto.role_profile_id, invited_by_user_guid: ctx.user_guid ?? ctx.actor, expires_at,
    };
    return writeThenRead(this, ctx, { stream: streamName(ctx.org_guid, 'ofm.member-invite', code), decider: memberInviteDecider, command }, inviteRecord(code));
  }
}

/**
 * The invitee joins: checks the invite first (bound: anyone else gets 404), then appends member-joined, then marks
 * the invite accepted. A failure between the two leaves a member whose invite still shows pending; accepting again
 * answers 409 already-member and an owner may revoke the leftover invite.
 */
@CommandHandler(AcceptMemberInviteCommand)
export class AcceptMemberInviteHandler implements ICommandHandler<AcceptMemberInviteCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, dto }: AcceptMemberInviteCommand) {
    const invite = await this.runtime.readModels.collection<MemberInviteDoc>('ofm_member_invites').get(dto.code.trim());
    if (!invite || invite.invitee_user_guid !== ctx.user_guid) throw notFound('not-found', 'Not found.');
    const org = await this.runtime.readModels.collection<OrgDoc>('ofm_orgs').get(invite.org_guid);
    if (!org) throw notFound('not-found', 'Not found.');
    if (!WRITABLE_ORG_STATUSES.has(org.status)) throw new DomainError('forbidden', 'org-write-blocked', `The org is ${org.status}; writes need a verified or active org.`, { org_status: org.status });
    const inviteStream = streamName(org.org_guid, 'ofm.member-invite', invite.code);
    const accept = { kind: 'accept' as const, user_guid: ctx.user_guid!, now: this.runtime.clock.now().toISOString() };
    memberInviteDecider.decide(accept, (await this.runtime.commands.load(inviteStream, memberInviteDecider)).state);
    const context = { ...ctx.commandContext(dto.reason ?? 'member-invite-accept'), org_guid: org.org_guid, orgcode: org.orgcode };
    const join = { kind: 'join' as const, org_guid: org.org_guid, user_guid: ctx.user_guid!, role_profiles: [invite.role_profile_id], invite_code: invite.code };
    const joined = await this.runtime.commands.execute({ stream: streamName(org.org_guid, 'ofm.member', ctx.user_guid!), decider: memberDecider, command: join, context });
    const accepted = await this.runtime.commands.execute({ stream: inviteStream, decider: memberInviteDecider, command: accept, context });
    await this.writes.settle(ctx, accepted.position, [...joined.events, ...accepted.events].map((e) => e.type));
    const membership = await this.runtime.readModels.collection<MembershipDoc>('ofm_memberships').get(`${org.org_guid}:${ctx.user_guid}`);
    return { membership: membership ? view(membership) : null, org: view(org) };
  }
}

@CommandHandler(RevokeMemberInviteCommand)
export class RevokeMemberInviteHandler implements ICommandHandler<RevokeMemberInviteCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, dto }: RevokeMemberInviteCommand) {
    sameOrg(await this.runtime.readModels.collection('ofm_member_invites').get(dto.code), ctx.org_guid, 'invite');
    return writeThenRead(this, ctx, { stream: streamName(ctx.org_guid, 'ofm.member-invite', dto.code), decider: memberInviteDecider, command: { kind: 'revoke' } }, inviteRecord(dto.code));
  }
}

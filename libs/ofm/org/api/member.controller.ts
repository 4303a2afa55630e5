import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { AcceptMemberInviteCommand, CreateMemberInviteCommand, RevokeMemberInviteCommand } from '../commands/member-invite.handlers';
import { MemberLogicalCommand, SetMemberStateCommand } from '../commands/member.handlers';
import { ServiceAccountLogicalCommand } from '../commands/service-account.handlers';
import { ListAssignmentsQuery, ListMemberInvitesQuery, ListMembersQuery, ResolveMemberQuery } from '../queries/member.queries';
import {
  AssignmentListRequest, LogicalAssignmentRecord, MemberInviteAcceptRequest, MemberInviteCreateRequest, MemberInviteListRequest, MemberInviteRecord,
  MemberInviteRevokeRequest, MemberListRequest, MemberLogicalRequest, MemberResolveRecord, MemberResolveRequest, MembershipRecord, MemberStateSetRequest,
  ServiceAccountAssignmentsRecord, ServiceAccountLogicalRequest,
} from './dto/member.dto';

const service = 'ofm';
const membership = { type: MembershipRecord, key: 'membership' };
const invite = { type: MemberInviteRecord, key: 'invite' };
const logicalErrors: Array<['not-found' | 'invalid-state', string]> = [['not-found', 'member-not-found'], ['not-found', 'logical-not-found'], ['invalid-state', 'logical-not-active'], ['invalid-state', 'member-not-active']];

@Controller('ofm')
@ApiTags('ofm')
export class MemberController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service, call: 'member/invite/create', kind: 'write', summary: 'Invite a user (bound to them) with a role profile (owners only).',
    ownerOnly: true, request: MemberInviteCreateRequest, response: invite, errors: [['not-found', 'user-not-found'], ['conflict', 'already-member']],
  })
  createInvite(@Body() dto: MemberInviteCreateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new CreateMemberInviteCommand(ctx, dto));
  }

  @Endpoint({
    service, call: 'member/invite/accept', kind: 'write', summary: 'The invitee accepts with their own session; the code names the org.',
    tenant: 'none', principals: 'user', request: MemberInviteAcceptRequest, response: membership,
    errors: [['conflict', 'invite-accepted'], ['conflict', 'invite-revoked'], ['conflict', 'invite-expired'], ['conflict', 'already-member'], ['forbidden', 'org-write-blocked']],
  })
  acceptInvite(@Body() dto: MemberInviteAcceptRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new AcceptMemberInviteCommand(ctx, dto));
  }

  @Endpoint({ service, call: 'member/invite/list', kind: 'read', summary: 'The org\'s member invites, oldest first.', permissions: ['ofm:view'], request: MemberInviteListRequest, response: { type: MemberInviteRecord, list: true } })
  listInvites(@Body() dto: MemberInviteListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListMemberInvitesQuery(ctx, dto));
  }

  @Endpoint({
    service, call: 'member/invite/revoke', kind: 'write', summary: 'Revoke a pending invite (owners only).',
    ownerOnly: true, request: MemberInviteRevokeRequest, response: invite, errors: [['not-found', 'invite-not-found'], ['invalid-state', 'invite-not-pending']],
  })
  revokeInvite(@Body() dto: MemberInviteRevokeRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new RevokeMemberInviteCommand(ctx, dto));
  }

  @Endpoint({
    service, call: 'member/state/set', kind: 'write', summary: 'Suspend, reinstate or remove a member (owners only; removal also detaches logicals).',
    ownerOnly: true, revision: true, request: MemberStateSetRequest, response: membership, errors: [['not-found', 'member-not-found'], ['invalid-state', 'invalid-transition']],
  })
  setState(@Body() dto: MemberStateSetRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new SetMemberStateCommand(ctx, dto));
  }

  @Endpoint({ service, call: 'member/assign-logical', kind: 'write', summary: 'Assign an active member to an active logical facility of the org.', permissions: ['ofm:manage'], request: MemberLogicalRequest, response: membership, errors: logicalErrors })
  assignLogical(@Body() dto: MemberLogicalRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new MemberLogicalCommand(ctx, 'assign-logical', dto));
  }

  @Endpoint({
    service, call: 'member/detach-logical', kind: 'write', summary: 'Detach a member from a logical facility.',
    permissions: ['ofm:manage'], request: MemberLogicalRequest, response: membership, errors: [['not-found', 'member-not-found'], ['not-found', 'assignment-not-found']],
  })
  detachLogical(@Body() dto: MemberLogicalRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new MemberLogicalCommand(ctx, 'detach-logical', dto));
  }

  @Endpoint({ service, call: 'member/list', kind: 'read', summary: 'The org\'s owners and members, oldest first.', permissions: ['ofm:view'], request: MemberListRequest, response: { type: MembershipRecord, list: true } })
  list(@Body() dto: MemberListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListMembersQuery(ctx, dto));
  }

  @Endpoint({
    service, call: 'member/assignments', kind: 'read', summary: 'Member ↔ logical facility assignments (filter by user_guid or logical_guid).',
    permissions: ['ofm:view'], request: AssignmentListRequest, response: { type: LogicalAssignmentRecord, list: true },
  })
  assignments(@Body() dto: AssignmentListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListAssignmentsQuery(ctx, 'member', dto));
  }

  @Endpoint({
    service, call: 'member/resolve', kind: 'read', summary: 'The caller\'s own membership: owner flag, role profiles, assignments (404 when not a member or not assigned).',
    request: MemberResolveRequest, response: { type: MemberResolveRecord, key: 'member' }, errors: [['not-found', 'logical-not-assigned']],
  })
  resolve(@Body() dto: MemberResolveRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ResolveMemberQuery(ctx, dto.logical_guid));
  }

  @Endpoint({
    service, call: 'service-account/assign-logical', kind: 'write', summary: 'Assign an active service account of the org to an active logical facility.',
    permissions: ['ofm:manage'], request: ServiceAccountLogicalRequest, response: { type: ServiceAccountAssignmentsRecord, key: 'service_account' },
    errors: [['not-found', 'service-account-not-found'], ['invalid-state', 'service-account-not-active'], ['not-found', 'logical-not-found'], ['invalid-state', 'logical-not-active']],
  })
  assignServiceAccount(@Body() dto: ServiceAccountLogicalRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ServiceAccountLogicalCommand(ctx, 'assign-logical', dto));
  }

  @Endpoint({
    service, call: 'service-account/detach-logical', kind: 'write', summary: 'Detach a service account from a logical facility.',
    permissions: ['ofm:manage'], request: ServiceAccountLogicalRequest, response: { type: ServiceAccountAssignmentsRecord, key: 'service_account' }, errors: [['not-found', 'assignment-not-found']],
  })
  detachServiceAccount(@Body() dto: ServiceAccountLogicalRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ServiceAccountLogicalCommand(ctx, 'detach-logical', dto));
  }

  @Endpoint({
    service, call: 'service-account/assignments', kind: 'read', summary: 'Service account ↔ logical facility assignments (filter by service_account_id or logical_guid).',
    permissions: ['ofm:view'], request: AssignmentListRequest, response: { type: LogicalAssignmentRecord, list: true },
  })
  serviceAccountAssignments(@Body() dto: AssignmentListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListAssignmentsQuery(ctx, 'service_account', dto));
  }
}

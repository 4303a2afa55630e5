import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime } from '@g3n/platform';
import type { LogicalAssignmentDoc } from '../../../../projections/ofm/logical-assignments.projection';
import type { MemberInviteDoc } from '../../../../projections/ofm/member-invites.projection';
import type { MembershipDoc } from '../../../../projections/ofm/memberships.projection';
import type { AssignmentListRequest, MemberInviteListRequest, MemberListRequest, OwnerListRequest } from '../api/dto/member.dto';
import { criteria, page, view } from '../shared/read-models';

export class ListOwnersQuery {
  constructor(readonly ctx: RequestContext, readonly dto: OwnerListRequest) {}
}
export class ListMembersQuery {
  constructor(readonly ctx: RequestContext, readonly dto: MemberListRequest) {}
}
export class ListMemberInvitesQuery {
  constructor(readonly ctx: RequestContext, readonly dto: MemberInviteListRequest) {}
}
export class ListAssignmentsQuery {
  constructor(readonly ctx: RequestContext, readonly kind: 'member' | 'service_account', readonly dto: AssignmentListRequest) {}
}
export class ResolveMemberQuery {
  constructor(readonly ctx: RequestContext, readonly logical_guid?: string) {}
}

@QueryHandler(ListOwnersQuery)
export class ListOwnersHandler implements IQueryHandler<ListOwnersQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  execute({ ctx, dto }: ListOwnersQuery) {
    return page<MembershipDoc>(this.runtime, 'ofm_memberships', { org_guid: ctx.org_guid, owner: true }, dto, (m) => ({
      org_guid: m.org_guid, user_guid: m.user_guid, owner_kind: m.owner_kind, state: m.owner_state, created_at: m.created_at, updated_at: m.updated_at,
    }));
  }
}

@QueryHandler(ListMembersQuery)
export class ListMembersHandler implements IQueryHandler<ListMembersQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  execute({ ctx, dto }: ListMembersQuery) {
    return page(this.runtime, 'ofm_memberships', criteria({ org_guid: ctx.org_guid, state: dto.state }), dto);
  }
}

@QueryHandler(ListMemberInvitesQuery)
export class ListMemberInvitesHandler implements IQueryHandler<ListMemberInvitesQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  execute({ ctx, dto }: ListMemberInvitesQuery) {
    const now = this.runtime.clock.now().toISOString();
    // Expiry is a matter of time, not of an event: a pending invite past expires_at is shown as expired.
    return page<MemberInviteDoc>(this.runtime, 'ofm_member_invites', criteria({ org_guid: ctx.org_guid, status: dto.status, invitee_user_guid: dto.invitee_user_guid }), dto, (i) => ({
      ...view(i), status: i.status === 'pending' && i.expires_at <= now ? 'expired' : i.status,
    }));
  }
}

@QueryHandler(ListAssignmentsQuery)
export class ListAssignmentsHandler implements IQueryHandler<ListAssignmentsQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  execute({ ctx, kind, dto }: ListAssignmentsQuery) {
    const filter = criteria({
      org_guid: ctx.org_guid, principal_kind: kind, logical_guid: dto.logical_guid,
      ...(kind === 'member' ? { user_guid: dto.user_guid } : { service_account_id: dto.service_account_id }),
    });
    return page<LogicalAssignmentDoc>(this.runtime, 'ofm_logical_assignments', filter, { ...dto, sort: [{ field: 'assigned_at', direction: 'asc' }] });
  }
}

/** The integrator's self-check: who am I in this org, and (with logical_guid) am I assigned there? */
@QueryHandler(ResolveMemberQuery)
export class ResolveMemberHandler implements IQueryHandler<ResolveMemberQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ ctx, logical_guid }: ResolveMemberQuery) {
    const org = ctx.org!;
    const principal = ctx.principal;
    let who: Record<string, unknown>;
    let logical_guids: string[];
    if (principal?.kind === 'apikey') {
      const found = await this.runtime.readModels.collection<LogicalAssignmentDoc>('ofm_logical_assignments')
        .find({ org_guid: org.org_guid, principal_kind: 'service_account', service_account_id: principal.service_account_id }, { limit: 1000 });
      logical_guids = found.items.map((a) => a.logical_guid);
      who = { principal_kind: 'apikey', service_account_id: principal.service_account_id };
    } else {
      const m = await this.runtime.readModels.collection<MembershipDoc>('ofm_memberships').get(`${org.org_guid}:${ctx.user_guid}`);
      if (!m || m.state !== 'active') throw notFound('not-found', 'Not found.');
      logical_guids = m.logical_guids;
      who = { principal_kind: 'user', user_guid: m.user_guid };
    }
    // The facility must be one of this org's (an owner's blanket access must not echo another org's guid back).
    if (logical_guid) {
      const facility = await this.runtime.readModels.collection('ofm_logical_facilities').get(logical_guid);
      if (!facility || facility.org_guid !== org.org_guid) throw notFound('logical-not-found', 'No such logical facility in this org.');
    }
    // Owners act on every facility of their org; everyone else only where assigned.
    if (logical_guid && !org.owner && !logical_guids.includes(logical_guid)) {
      throw notFound('logical-not-assigned', 'The caller is not assigned to that logical facility.');
    }
    return {
      member: {
        org_guid: org.org_guid, orgcode: org.orgcode, ...who, owner: org.owner, role_profiles: org.role_profiles,
        permissions: org.owner ? ['*'] : [...org.permissions].sort(), state: 'active', logical_guids, ...(logical_guid ? { logical_guid } : {}),
      },
    };
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime } from '@g3n/platform';
import type { MembershipDoc } from '../../../../projections/ofm/memberships.projection';
import type { OrgDoc } from '../../../../projections/ofm/orgs.projection';
import type { OrgListRequest } from '../api/dto/org.dto';
import { page, view } from '../shared/read-models';

export class GetOrgQuery {
  constructor(readonly ctx: RequestContext) {}
}

/** The orgs the calling user belongs to (active memberships), one page at a time. */
export class ListOrgsQuery {
  constructor(readonly ctx: RequestContext, readonly dto: OrgListRequest) {}
}

@QueryHandler(GetOrgQuery)
export class GetOrgHandler implements IQueryHandler<GetOrgQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ ctx }: GetOrgQuery) {
    const org = await this.runtime.readModels.collection<OrgDoc>('ofm_orgs').get(ctx.org_guid);
    if (!org) throw notFound('not-found', 'Not found.');
    return { org: view(org) };
  }
}

@QueryHandler(ListOrgsQuery)
export class ListOrgsHandler implements IQueryHandler<ListOrgsQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ ctx, dto }: ListOrgsQuery) {
    if (ctx.principal?.kind === 'apikey') {
      // An API key is bound to one org: that is its whole list.
      const own = await this.runtime.readModels.collection<OrgDoc>('ofm_orgs').get(ctx.principal.org_guid);
      return { items: own && (!dto.status || own.status === dto.status) ? [view(own)] : [], next_token: null };
    }
    const memberships = await page<MembershipDoc>(this.runtime, 'ofm_memberships', { user_guid: ctx.user_guid ?? '', state: 'active' }, dto, (m) => m.org_guid);
    const orgs = await this.runtime.readModels.collection<OrgDoc>('ofm_orgs').getMany(memberships.items as string[]);
    const byGuid = new Map(orgs.map((o) => [o.org_guid, o]));
    const items = (memberships.items as string[]).map((g) => byGuid.get(g)).filter((o): o is OrgDoc => !!o && (!dto.status || o.status === dto.status));
    return { items: items.map(view), next_token: memberships.next_token };
  }
}

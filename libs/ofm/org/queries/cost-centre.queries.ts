import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime } from '@g3n/platform';
import type { CostCentreDoc } from '../../../../projections/ofm/cost-centres.projection';
import type { CostCentreListRequest } from '../api/dto/cost-centre.dto';
import { criteria, page, view } from '../shared/read-models';
import { sameOrg } from '../shared/write-then-read';

export class GetCostCentreQuery {
  constructor(readonly ctx: RequestContext, readonly cc_guid: string) {}
}
export class ListCostCentresQuery {
  constructor(readonly ctx: RequestContext, readonly dto: CostCentreListRequest) {}
}
/** /resolve/cost-centre: code → cost centre (codes are stored upper case). */
export class ResolveCostCentreQuery {
  constructor(readonly ctx: RequestContext, readonly code: string) {}
}

@QueryHandler(GetCostCentreQuery)
export class GetCostCentreHandler implements IQueryHandler<GetCostCentreQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ ctx, cc_guid }: GetCostCentreQuery) {
    const cc = await this.runtime.readModels.collection<CostCentreDoc>('ofm_cost_centres').get(cc_guid);
    sameOrg(cc, ctx.org_guid, 'cost-centre');
    return { cost_centre: view(cc) };
  }
}

@QueryHandler(ListCostCentresQuery)
export class ListCostCentresHandler implements IQueryHandler<ListCostCentresQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  execute({ ctx, dto }: ListCostCentresQuery) {
    return page(this.runtime, 'ofm_cost_centres', criteria({ org_guid: ctx.org_guid, status: dto.status }), dto);
  }
}

@QueryHandler(ResolveCostCentreQuery)
export class ResolveCostCentreHandler implements IQueryHandler<ResolveCostCentreQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ ctx, code }: ResolveCostCentreQuery) {
    const found = await this.runtime.readModels.collection<CostCentreDoc>('ofm_cost_centres').find({ org_guid: ctx.org_guid, code: code.trim().toUpperCase() }, { limit: 1 });
    sameOrg(found.items[0] ?? null, ctx.org_guid, 'cost-centre');
    return { cost_centre: view(found.items[0]) };
  }
}

import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CreateCostCentreCommand, SetCostCentreStatusCommand, UpdateCostCentreCommand } from '../commands/cost-centre.handlers';
import { GetCostCentreQuery, ListCostCentresQuery, ResolveCostCentreQuery } from '../queries/cost-centre.queries';
import {
  CostCentreCreateRequest, CostCentreGetRequest, CostCentreListRequest, CostCentreRecord, CostCentreResolveRequest, CostCentreStatusSetRequest,
  CostCentreUpdateRequest,
} from './dto/cost-centre.dto';

const service = 'ofm';
const one = { type: CostCentreRecord, key: 'cost_centre' };

@Controller('ofm')
@ApiTags('ofm')
export class CostCentreController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service, call: 'cost-centre/create', kind: 'write', summary: 'Create a cost centre (code unique in the org).',
    permissions: ['ofm:manage'], request: CostCentreCreateRequest, response: one, errors: [['conflict', 'uniqueness-conflict']],
  })
  create(@Body() dto: CostCentreCreateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new CreateCostCentreCommand(ctx, dto));
  }

  @Endpoint({ service, call: 'cost-centre/get', kind: 'read', summary: 'A cost centre by cc_guid.', permissions: ['ofm:view'], request: CostCentreGetRequest, response: one })
  get(@Body() dto: CostCentreGetRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new GetCostCentreQuery(ctx, dto.cc_guid));
  }

  @Endpoint({
    service, call: 'cost-centre/list', kind: 'read', summary: 'The org\'s cost centres, oldest first.',
    permissions: ['ofm:view'], request: CostCentreListRequest, response: { type: CostCentreRecord, list: true },
  })
  list(@Body() dto: CostCentreListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListCostCentresQuery(ctx, dto));
  }

  @Endpoint({
    service, call: 'cost-centre/update', kind: 'write', summary: 'Change a cost centre\'s caption or description (the code is fixed).',
    permissions: ['ofm:manage'], revision: true, request: CostCentreUpdateRequest, response: one,
  })
  update(@Body() dto: CostCentreUpdateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new UpdateCostCentreCommand(ctx, dto));
  }

  @Endpoint({
    service, call: 'cost-centre/status/set', kind: 'write', summary: 'Deactivate or reactivate a cost centre (not the DEFAULT one).',
    permissions: ['ofm:manage'], revision: true, request: CostCentreStatusSetRequest, response: one,
    errors: [['invalid-state', 'invalid-transition'], ['invalid-state', 'default-cost-centre']],
  })
  setStatus(@Body() dto: CostCentreStatusSetRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new SetCostCentreStatusCommand(ctx, dto));
  }

  @Endpoint({
    service, call: 'resolve/cost-centre', kind: 'read', summary: 'Cost-centre code → cost centre.',
    permissions: ['ofm:view'], request: CostCentreResolveRequest, response: one,
  })
  resolve(@Body() dto: CostCentreResolveRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ResolveCostCentreQuery(ctx, dto.code));
  }
}

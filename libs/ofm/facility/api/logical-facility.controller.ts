import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { OFM_LOGICAL_FACILITIES } from '../../../../projections/ofm/logical-facilities.projection';
import { CreateLogicalFacilityCommand } from '../commands/create-logical-facility.handler';
import { SetLogicalFacilityStatusCommand } from '../commands/set-logical-facility-status.handler';
import { UpdateLogicalFacilityCommand } from '../commands/update-logical-facility.handler';
import { GetRecordQuery } from '../queries/get-record.handler';
import { ListRecordsQuery, RecordPage } from '../queries/list-records.handler';
import {
  FacilityLogicalCreateRequest, FacilityLogicalGetRequest, FacilityLogicalListRequest, FacilityLogicalStatusRequest,
  FacilityLogicalUpdateRequest, LogicalFacilityDto,
} from './dto/logical-facility.dto';
import { codePrefix, ErrorTags, MANAGE, OFM, STATUS_ERRORS, VIEW } from './facility-routes';

const PARENT_ERRORS: ErrorTags = [['invalid-state', 'physical-facility-inactive'], ['invalid-state', 'legal-facility-inactive']];

const MISSING = 'logical-facility-not-found';
const response = { type: LogicalFacilityDto, key: 'facility' };

@ApiTags(OFM)
@Controller(OFM)
export class LogicalFacilityController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: OFM, call: 'facility/logical/create', kind: 'write', summary: 'Create a logical facility (store, warehouse, …) on an active physical and legal facility; its ROOT zone comes with it.', permissions: MANAGE, request: FacilityLogicalCreateRequest, response, errors: [['conflict', 'duplicate-code'], ['not-found', 'physical-facility-not-found'], ['not-found', 'legal-facility-not-found'], ...PARENT_ERRORS] })
  async create(@Body() body: FacilityLogicalCreateRequest, @Ctx() ctx: RequestContext) {
    const guid = await this.commands.execute<CreateLogicalFacilityCommand, string>(new CreateLogicalFacilityCommand(ctx, body));
    return this.one(ctx, guid);
  }

  @Endpoint({ service: OFM, call: 'facility/logical/get', kind: 'read', summary: 'Get a logical facility.', permissions: VIEW, request: FacilityLogicalGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: FacilityLogicalGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.logical_guid);
  }

  @Endpoint({ service: OFM, call: 'facility/logical/list', kind: 'read', summary: 'List logical facilities by code, optionally by status, code prefix, physical or legal facility.', permissions: VIEW, request: FacilityLogicalListRequest, response: { type: LogicalFacilityDto, list: true } })
  async list(@Body() body: FacilityLogicalListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { status: body.status, code: codePrefix(body.code_prefix), physical_guid: body.physical_guid, legal_guid: body.legal_guid };
    const page = await this.queries.execute<ListRecordsQuery, RecordPage>(new ListRecordsQuery(OFM_LOGICAL_FACILITIES, ctx.org_guid, filter, 'code', body.limit, body.next_token));
    return { ...page, items: page.items.map((item) => ({ kind: 'logical', ...item })) };
  }

  @Endpoint({ service: OFM, call: 'facility/logical/update', kind: 'write', summary: 'Change caption, or move onto another active physical or legal facility (code never changes).', permissions: MANAGE, revision: true, request: FacilityLogicalUpdateRequest, response, errors: [['not-found', MISSING], ['not-found', 'physical-facility-not-found'], ['not-found', 'legal-facility-not-found'], ...PARENT_ERRORS] })
  async update(@Body() body: FacilityLogicalUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new UpdateLogicalFacilityCommand(ctx, body));
    return this.one(ctx, body.logical_guid);
  }

  @Endpoint({ service: OFM, call: 'facility/logical/status', kind: 'write', summary: 'Activate or deactivate a logical facility (activation needs its physical and legal facilities active).', permissions: MANAGE, revision: true, request: FacilityLogicalStatusRequest, response, errors: [['not-found', MISSING], ...STATUS_ERRORS, ...PARENT_ERRORS] })
  async status(@Body() body: FacilityLogicalStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetLogicalFacilityStatusCommand(ctx, body));
    return this.one(ctx, body.logical_guid);
  }

  private async one(ctx: RequestContext, guid: string) {
    const record = await this.queries.execute<GetRecordQuery, Record<string, unknown>>(new GetRecordQuery(OFM_LOGICAL_FACILITIES, ctx.org_guid, guid, MISSING));
    return { facility: { kind: 'logical', ...record } };
  }
}

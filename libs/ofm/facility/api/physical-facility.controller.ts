import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { OFM_PHYSICAL_FACILITIES } from '../../../../projections/ofm/physical-facilities.projection';
import { CreatePhysicalFacilityCommand } from '../commands/create-physical-facility.handler';
import { SetPhysicalFacilityStatusCommand } from '../commands/set-physical-facility-status.handler';
import { UpdatePhysicalFacilityCommand } from '../commands/update-physical-facility.handler';
import { GetRecordQuery } from '../queries/get-record.handler';
import { ListRecordsQuery, RecordPage } from '../queries/list-records.handler';
import {
  FacilityPhysicalCreateRequest, FacilityPhysicalGetRequest, FacilityPhysicalListRequest, FacilityPhysicalStatusRequest,
  FacilityPhysicalUpdateRequest, PhysicalFacilityDto,
} from './dto/physical-facility.dto';
import { codePrefix, MANAGE, OFM, STATUS_ERRORS, VIEW } from './facility-routes';

const MISSING = 'physical-facility-not-found';
const response = { type: PhysicalFacilityDto, key: 'facility' };

@ApiTags(OFM)
@Controller(OFM)
export class PhysicalFacilityController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: OFM, call: 'facility/physical/create', kind: 'write', summary: 'Create a physical facility (a site with an address).', permissions: MANAGE, request: FacilityPhysicalCreateRequest, response, errors: [['conflict', 'duplicate-code']] })
  async create(@Body() body: FacilityPhysicalCreateRequest, @Ctx() ctx: RequestContext) {
    const guid = await this.commands.execute<CreatePhysicalFacilityCommand, string>(new CreatePhysicalFacilityCommand(ctx, body));
    return this.one(ctx, guid);
  }

  @Endpoint({ service: OFM, call: 'facility/physical/get', kind: 'read', summary: 'Get a physical facility.', permissions: VIEW, request: FacilityPhysicalGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: FacilityPhysicalGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.physical_guid);
  }

  @Endpoint({ service: OFM, call: 'facility/physical/list', kind: 'read', summary: 'List physical facilities by code, optionally by status or code prefix.', permissions: VIEW, request: FacilityPhysicalListRequest, response: { type: PhysicalFacilityDto, list: true } })
  async list(@Body() body: FacilityPhysicalListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { status: body.status, code: codePrefix(body.code_prefix) };
    const page = await this.queries.execute<ListRecordsQuery, RecordPage>(new ListRecordsQuery(OFM_PHYSICAL_FACILITIES, ctx.org_guid, filter, 'code', body.limit, body.next_token));
    return { ...page, items: page.items.map((item) => ({ kind: 'physical', ...item })) };
  }

  @Endpoint({ service: OFM, call: 'facility/physical/update', kind: 'write', summary: 'Change caption, address or time zone (code never changes).', permissions: MANAGE, revision: true, request: FacilityPhysicalUpdateRequest, response, errors: [['not-found', MISSING]] })
  async update(@Body() body: FacilityPhysicalUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new UpdatePhysicalFacilityCommand(ctx, body));
    return this.one(ctx, body.physical_guid);
  }

  @Endpoint({ service: OFM, call: 'facility/physical/status', kind: 'write', summary: 'Activate or deactivate a physical facility.', permissions: MANAGE, revision: true, request: FacilityPhysicalStatusRequest, response, errors: [['not-found', MISSING], ...STATUS_ERRORS] })
  async status(@Body() body: FacilityPhysicalStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetPhysicalFacilityStatusCommand(ctx, body));
    return this.one(ctx, body.physical_guid);
  }

  private async one(ctx: RequestContext, guid: string) {
    const record = await this.queries.execute<GetRecordQuery, Record<string, unknown>>(new GetRecordQuery(OFM_PHYSICAL_FACILITIES, ctx.org_guid, guid, MISSING));
    return { facility: { kind: 'physical', ...record } };
  }
}

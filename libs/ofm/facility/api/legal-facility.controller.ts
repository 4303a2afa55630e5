import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { OFM_LEGAL_FACILITIES } from '../../../../projections/ofm/legal-facilities.projection';
import { CreateLegalFacilityCommand } from '../commands/create-legal-facility.handler';
import { SetLegalFacilityStatusCommand } from '../commands/set-legal-facility-status.handler';
import { UpdateLegalFacilityCommand } from '../commands/update-legal-facility.handler';
import { GetRecordQuery } from '../queries/get-record.handler';
import { ListRecordsQuery, RecordPage } from '../queries/list-records.handler';
import {
  FacilityLegalCreateRequest, FacilityLegalGetRequest, FacilityLegalListRequest, FacilityLegalStatusRequest,
  FacilityLegalUpdateRequest, LegalFacilityDto,
} from './dto/legal-facility.dto';
import { codePrefix, MANAGE, OFM, STATUS_ERRORS, VIEW } from './facility-routes';

const MISSING = 'legal-facility-not-found';
const response = { type: LegalFacilityDto, key: 'facility' };

@ApiTags(OFM)
@Controller(OFM)
export class LegalFacilityController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: OFM, call: 'facility/legal/create', kind: 'write', summary: 'Create a legal facility (the legal entity behind operations).', permissions: MANAGE, request: FacilityLegalCreateRequest, response, errors: [['conflict', 'duplicate-code']] })
  async create(@Body() body: FacilityLegalCreateRequest, @Ctx() ctx: RequestContext) {
    const guid = await this.commands.execute<CreateLegalFacilityCommand, string>(new CreateLegalFacilityCommand(ctx, body));
    return this.one(ctx, guid);
  }

  @Endpoint({ service: OFM, call: 'facility/legal/get', kind: 'read', summary: 'Get a legal facility.', permissions: VIEW, request: FacilityLegalGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: FacilityLegalGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.legal_guid);
  }

  @Endpoint({ service: OFM, call: 'facility/legal/list', kind: 'read', summary: 'List legal facilities by code, optionally by status or code prefix.', permissions: VIEW, request: FacilityLegalListRequest, response: { type: LegalFacilityDto, list: true } })
  async list(@Body() body: FacilityLegalListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { status: body.status, code: codePrefix(body.code_prefix) };
    const page = await this.queries.execute<ListRecordsQuery, RecordPage>(new ListRecordsQuery(OFM_LEGAL_FACILITIES, ctx.org_guid, filter, 'code', body.limit, body.next_token));
    return { ...page, items: page.items.map((item) => ({ kind: 'legal', ...item })) };
  }

  @Endpoint({ service: OFM, call: 'facility/legal/update', kind: 'write', summary: 'Change caption, legal name or tax id (code never changes).', permissions: MANAGE, revision: true, request: FacilityLegalUpdateRequest, response, errors: [['not-found', MISSING]] })
  async update(@Body() body: FacilityLegalUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new UpdateLegalFacilityCommand(ctx, body));
    return this.one(ctx, body.legal_guid);
  }

  @Endpoint({ service: OFM, call: 'facility/legal/status', kind: 'write', summary: 'Activate or deactivate a legal facility.', permissions: MANAGE, revision: true, request: FacilityLegalStatusRequest, response, errors: [['not-found', MISSING], ...STATUS_ERRORS] })
  async status(@Body() body: FacilityLegalStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetLegalFacilityStatusCommand(ctx, body));
    return this.one(ctx, body.legal_guid);
  }

  private async one(ctx: RequestContext, guid: string) {
    const record = await this.queries.execute<GetRecordQuery, Record<string, unknown>>(new GetRecordQuery(OFM_LEGAL_FACILITIES, ctx.org_guid, guid, MISSING));
    return { facility: { kind: 'legal', ...record } };
  }
}

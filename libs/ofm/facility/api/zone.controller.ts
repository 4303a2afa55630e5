import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { OFM_ZONES } from '../../../../projections/ofm/zones.projection';
import { CreateZoneCommand } from '../commands/create-zone.handler';
import { SetZoneStatusCommand } from '../commands/set-zone-status.handler';
import { GetRecordQuery } from '../queries/get-record.handler';
import { ListRecordsQuery, RecordPage } from '../queries/list-records.handler';
import { ZoneCreateRequest, ZoneDto, ZoneGetRequest, ZoneListRequest, ZoneStatusRequest } from './dto/zone.dto';
import { MANAGE, OFM, STATUS_ERRORS, VIEW } from './facility-routes';

const MISSING = 'zone-not-found';
const response = { type: ZoneDto, key: 'zone' };

@ApiTags(OFM)
@Controller(OFM)
export class ZoneController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: OFM, call: 'zone/create', kind: 'write', summary: 'Create a zone under a zone of the same logical facility (ROOT for a top-level zone).', permissions: MANAGE,
    request: ZoneCreateRequest, response,
    errors: [['not-found', 'logical-facility-not-found'], ['not-found', 'parent-zone-not-found'], ['conflict', 'duplicate-code'], ['invalid-state', 'logical-facility-inactive'], ['invalid-state', 'parent-zone-inactive']],
  })
  async create(@Body() body: ZoneCreateRequest, @Ctx() ctx: RequestContext) {
    const guid = await this.commands.execute<CreateZoneCommand, string>(new CreateZoneCommand(ctx, body));
    return this.one(ctx, guid);
  }

  @Endpoint({ service: OFM, call: 'zone/get', kind: 'read', summary: 'Get a zone.', permissions: VIEW, request: ZoneGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: ZoneGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.zone_guid);
  }

  @Endpoint({ service: OFM, call: 'zone/list', kind: 'read', summary: 'List zones by code: of a logical facility, children of a zone, by status.', permissions: VIEW, request: ZoneListRequest, response: { type: ZoneDto, list: true } })
  list(@Body() body: ZoneListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { logical_guid: body.logical_guid, parent_zone_guid: body.parent_zone_guid, status: body.status };
    return this.queries.execute(new ListRecordsQuery(OFM_ZONES, ctx.org_guid, filter, 'code', body.limit, body.next_token));
  }

  @Endpoint({
    service: OFM, call: 'zone/status', kind: 'write', summary: 'Activate or deactivate a zone (never ROOT; children first).', permissions: MANAGE, revision: true,
    request: ZoneStatusRequest, response,
    errors: [['not-found', MISSING], ...STATUS_ERRORS, ['invalid-state', 'root-zone-immutable'], ['invalid-state', 'zone-has-active-children'], ['invalid-state', 'parent-zone-inactive']],
  })
  async status(@Body() body: ZoneStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetZoneStatusCommand(ctx, body));
    return this.one(ctx, body.zone_guid);
  }

  private async one(ctx: RequestContext, guid: string) {
    return { zone: await this.queries.execute<GetRecordQuery, Record<string, unknown>>(new GetRecordQuery(OFM_ZONES, ctx.org_guid, guid, MISSING)) };
  }
}

import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CreateOrgCommand } from '../commands/create-org.handler';
import { SetOrgStatusCommand, UpdateOrgCommand } from '../commands/org.handlers';
import { GetOrgQuery, ListOrgsQuery } from '../queries/org.queries';
import { OrgCreateRequest, OrgCreateResponse, OrgGetRequest, OrgListRequest, OrgRecordDto, OrgStatusSetRequest, OrgUpdateRequest } from './dto/org.dto';
import { OrgcodeResolveRequest } from './dto/resolve.dto';

const service = 'ofm';

@Controller('ofm')
@ApiTags('ofm')
export class OrgController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service, call: 'org/create', kind: 'write', summary: 'Create an org with an operator invitation; the caller becomes its primary owner.',
    tenant: 'none', principals: 'user', request: OrgCreateRequest, response: { type: OrgCreateResponse, key: 'org' },
    errors: [['forbidden', 'user-mismatch'], ['not-found', 'invitation-not-found'], ['conflict', 'invitation-expired'], ['conflict', 'invitation-consumed'], ['conflict', 'uniqueness-conflict']],
  })
  create(@Body() dto: OrgCreateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new CreateOrgCommand(ctx, dto));
  }

  @Endpoint({ service, call: 'org/get', kind: 'read', summary: 'The request\'s org.', permissions: ['ofm:view'], request: OrgGetRequest, response: { type: OrgRecordDto, key: 'org' } })
  get(@Body() _dto: OrgGetRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new GetOrgQuery(ctx));
  }

  @Endpoint({
    service, call: 'org/list', kind: 'read', summary: 'The orgs the caller belongs to (an API key: its own org).',
    tenant: 'none', request: OrgListRequest, response: { type: OrgRecordDto, list: true },
  })
  list(@Body() dto: OrgListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListOrgsQuery(ctx, dto));
  }

  @Endpoint({
    service, call: 'org/update', kind: 'write', summary: 'Change the org\'s caption or legal name (owners only).',
    ownerOnly: true, revision: true, request: OrgUpdateRequest, response: { type: OrgRecordDto, key: 'org' },
  })
  update(@Body() dto: OrgUpdateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new UpdateOrgCommand(ctx, dto));
  }

  @Endpoint({
    service, call: 'org/status/set', kind: 'write', summary: 'Activate a verified org, suspend it, or restore a suspended one (owners only).',
    ownerOnly: true, revision: true, orgWriteGate: false, request: OrgStatusSetRequest, response: { type: OrgRecordDto, key: 'org' },
    errors: [['invalid-state', 'invalid-transition']],
  })
  setStatus(@Body() dto: OrgStatusSetRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new SetOrgStatusCommand(ctx, dto));
  }

  @Endpoint({
    service, call: 'resolve/orgcode', kind: 'read', summary: 'Orgcode → org, for a caller associated with it (404 otherwise).',
    request: OrgcodeResolveRequest, response: { type: OrgRecordDto, key: 'org' },
  })
  resolveOrgcode(@Body() _dto: OrgcodeResolveRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new GetOrgQuery(ctx));
  }
}

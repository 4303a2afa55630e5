import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PVM_OGMS } from '../../../../projections/pvm/ogms.projection';
import { CloneOgmCommand, CreateOgmCommand, SetOgmStatusCommand } from '../commands/ogm.handlers';
import { CatalogPage, GetCatalogRecordQuery, ListCatalogRecordsQuery } from '../queries/catalog-record.queries';
import { CODE_ERRORS, ErrorTags, MANAGE, PVM, STATUS_ERRORS, VIEW } from './catalog-routes';
import { OgmCloneRequest, OgmCreateRequest, OgmDto, OgmGetRequest, OgmListRequest, OgmStatusRequest } from './dto/ogm.dto';

const ogm = { type: OgmDto, key: 'ogm' };
const GROUP_ERRORS: ErrorTags = [
  ['not-found', 'option-group-not-found'], ['invalid-state', 'option-group-inactive'],
  ['validation-error', 'duplicate-group'], ['validation-error', 'duplicate-priority'],
];

/** OGMs: which option groups make a style's variants, versioned by ogm_rev. */
@ApiTags(PVM)
@Controller(PVM)
export class OgmController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PVM, call: 'ogm', kind: 'write', permissions: MANAGE, request: OgmCreateRequest, response: ogm,
    summary: 'Create an OGM (ogm_rev 1) from option groups with priorities; with ogm_id + expected_revision, publish its next content revision instead.',
    errors: [...CODE_ERRORS, ...GROUP_ERRORS, ['not-found', 'ogm-not-found'], ['invalid-state', 'ogm-inactive'], ['expected-revision-required', 'expected-revision-required']],
  })
  async create(@Body() body: OgmCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<CreateOgmCommand, string>(new CreateOgmCommand(ctx, body)));
  }

  @Endpoint({ service: PVM, call: 'ogm/get', kind: 'read', summary: 'Get an OGM with its current groups and every revision.', permissions: VIEW, request: OgmGetRequest, response: ogm, errors: [['not-found', 'ogm-not-found']] })
  get(@Body() body: OgmGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.ogm_id);
  }

  @Endpoint({ service: PVM, call: 'ogm/list', kind: 'read', summary: 'List OGMs by code, optionally by status or code prefix.', permissions: VIEW, request: OgmListRequest, response: { type: OgmDto, list: true } })
  list(@Body() body: OgmListRequest, @Ctx() ctx: RequestContext): Promise<CatalogPage> {
    const filter = { status: body.status, code: body.code_prefix ? { $prefix: body.code_prefix.trim().toUpperCase() } : undefined };
    return this.queries.execute(new ListCatalogRecordsQuery(PVM_OGMS, ctx.org_guid, filter, body.limit, body.next_token));
  }

  @Endpoint({ service: PVM, call: 'ogm/status', kind: 'write', summary: 'Activate or deactivate an OGM (inactive OGMs take no new styles and no new revisions).', permissions: MANAGE, revision: true, request: OgmStatusRequest, response: ogm, errors: [['not-found', 'ogm-not-found'], ...STATUS_ERRORS] })
  async status(@Body() body: OgmStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetOgmStatusCommand(ctx, body));
    return this.one(ctx, body.ogm_id);
  }

  @Endpoint({
    service: PVM, call: 'ogm/clone', kind: 'write', permissions: MANAGE, request: OgmCloneRequest, response: ogm,
    summary: 'Create a new OGM (new code, ogm_rev 1) with the groups of another OGM\'s current or given revision.',
    errors: [...CODE_ERRORS, ['not-found', 'ogm-not-found'], ['not-found', 'ogm-revision-not-found'], ['not-found', 'option-group-not-found'], ['invalid-state', 'option-group-inactive']],
  })
  async clone(@Body() body: OgmCloneRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<CloneOgmCommand, string>(new CloneOgmCommand(ctx, body)));
  }

  private async one(ctx: RequestContext, id: string) {
    return { ogm: await this.queries.execute(new GetCatalogRecordQuery(PVM_OGMS, ctx.org_guid, id, 'ogm-not-found')) };
  }
}

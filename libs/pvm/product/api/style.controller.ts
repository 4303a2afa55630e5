import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PVM_STYLES } from '../../../../projections/pvm/product-docs';
import { CreateStyleCommand, SetStyleStatusCommand, UpdateStyleCommand } from '../commands/style.handlers';
import { GetProductRecordQuery } from '../queries/product-records.handler';
import { PvmStyle, PvmStyleCreateRequest, PvmStyleGetRequest, PvmStyleStatusRequest, PvmStyleUpdateRequest } from './dto/style.dto';
import { MANAGE, PVM, STATUS_ERRORS, STYLE_GATE_ERRORS, VIEW } from './product-routes';

const MISSING = 'style-not-found';
const response = { type: PvmStyle, key: 'style' };

@ApiTags(PVM)
@Controller(PVM)
export class StyleController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PVM, call: 'style', kind: 'write', summary: 'Create a style: an active category, listed and verified primary vendor and manufacturer, and an existing OGM revision.',
    permissions: MANAGE, request: PvmStyleCreateRequest, response,
    errors: [['conflict', 'duplicate-style-code'], ...STYLE_GATE_ERRORS, ['not-found', 'ogm-not-found'], ['not-found', 'ogm-revision-not-found'], ['invalid-state', 'ogm-inactive']],
  })
  async create(@Body() body: PvmStyleCreateRequest, @Ctx() ctx: RequestContext) {
    const id = await this.commands.execute<CreateStyleCommand, string>(new CreateStyleCommand(ctx, body));
    return this.one(ctx, id);
  }

  @Endpoint({ service: PVM, call: 'style/get', kind: 'read', summary: 'Get a style.', permissions: VIEW, request: PvmStyleGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: PvmStyleGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.style_id);
  }

  @Endpoint({
    service: PVM, call: 'style/update', kind: 'write', summary: 'Change caption, description, category, brand or suppliers (the gates are checked again for category and supplier changes).',
    permissions: MANAGE, revision: true, request: PvmStyleUpdateRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'style-doomed'], ...STYLE_GATE_ERRORS],
  })
  async update(@Body() body: PvmStyleUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new UpdateStyleCommand(ctx, body));
    return this.one(ctx, body.style_id);
  }

  @Endpoint({
    service: PVM, call: 'style/status', kind: 'write', summary: 'Discontinue, reactivate or doom a style (doomed once every variant is doomed; frees the code).',
    permissions: MANAGE, revision: true, request: PvmStyleStatusRequest, response, errors: [['not-found', MISSING], ...STATUS_ERRORS, ['invalid-state', 'style-has-live-variants']],
  })
  async status(@Body() body: PvmStyleStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetStyleStatusCommand(ctx, body));
    return this.one(ctx, body.style_id);
  }

  private async one(ctx: RequestContext, id: string) {
    return { style: await this.queries.execute<GetProductRecordQuery, Record<string, unknown>>(new GetProductRecordQuery(PVM_STYLES, ctx.org_guid, id, MISSING)) };
  }
}

import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PVM_OPTION_GROUPS, PVM_OPTIONS } from '../../../../projections/pvm/options.projection';
import { ChangeOptionRecordCommand, CreateOptionCommand, CreateOptionGroupCommand } from '../commands/option.handlers';
import { GetCatalogRecordQuery } from '../queries/catalog-record.queries';
import { CODE_ERRORS, MANAGE, PVM, STATUS_ERRORS, VIEW } from './catalog-routes';
import {
  OptionCreateRequest, OptionDto, OptionGetRequest, OptionGroupCreateRequest, OptionGroupDto, OptionGroupGetRequest, OptionGroupStatusRequest,
  OptionGroupUpdateRequest, OptionStatusRequest, OptionUpdateRequest,
} from './dto/option.dto';

const group = { type: OptionGroupDto, key: 'option_group' };
const option = { type: OptionDto, key: 'option' };

/** Option groups (variant axes: COLOR, SIZE) and their options (RED, BLUE). */
@ApiTags(PVM)
@Controller(PVM)
export class OptionController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: PVM, call: 'option_group', kind: 'write', summary: 'Create an option group (a variant axis such as COLOR).', permissions: MANAGE, request: OptionGroupCreateRequest, response: group, errors: CODE_ERRORS })
  async createGroup(@Body() body: OptionGroupCreateRequest, @Ctx() ctx: RequestContext) {
    return this.group(ctx, await this.commands.execute<CreateOptionGroupCommand, string>(new CreateOptionGroupCommand(ctx, body)));
  }

  @Endpoint({ service: PVM, call: 'option_group/get', kind: 'read', summary: 'Get an option group.', permissions: VIEW, request: OptionGroupGetRequest, response: group, errors: [['not-found', 'option-group-not-found']] })
  getGroup(@Body() body: OptionGroupGetRequest, @Ctx() ctx: RequestContext) {
    return this.group(ctx, body.group_id);
  }

  @Endpoint({ service: PVM, call: 'option_group/update', kind: 'write', summary: 'Change an option group\'s caption (the code never changes).', permissions: MANAGE, revision: true, request: OptionGroupUpdateRequest, response: group, errors: [['not-found', 'option-group-not-found']] })
  async updateGroup(@Body() body: OptionGroupUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeOptionRecordCommand(ctx, { group: body.group_id }, body.expected_revision, { kind: 'update', changes: { caption: body.caption } }, body));
    return this.group(ctx, body.group_id);
  }

  @Endpoint({ service: PVM, call: 'option_group/status', kind: 'write', summary: 'Activate or deactivate an option group (inactive groups take no new options and no new OGMs).', permissions: MANAGE, revision: true, request: OptionGroupStatusRequest, response: group, errors: [['not-found', 'option-group-not-found'], ...STATUS_ERRORS] })
  async groupStatus(@Body() body: OptionGroupStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeOptionRecordCommand(ctx, { group: body.group_id }, body.expected_revision, { kind: 'set-status', status: body.status }, body));
    return this.group(ctx, body.group_id);
  }

  @Endpoint({ service: PVM, call: 'option', kind: 'write', summary: 'Create an option in an active option group (its code is unique within the group).', permissions: MANAGE, request: OptionCreateRequest, response: option, errors: [...CODE_ERRORS, ['not-found', 'option-group-not-found'], ['invalid-state', 'option-group-inactive']] })
  async createOption(@Body() body: OptionCreateRequest, @Ctx() ctx: RequestContext) {
    return this.option(ctx, await this.commands.execute<CreateOptionCommand, string>(new CreateOptionCommand(ctx, body)));
  }

  @Endpoint({ service: PVM, call: 'option/get', kind: 'read', summary: 'Get an option.', permissions: VIEW, request: OptionGetRequest, response: option, errors: [['not-found', 'option-not-found']] })
  getOption(@Body() body: OptionGetRequest, @Ctx() ctx: RequestContext) {
    return this.option(ctx, body.option_id);
  }

  @Endpoint({ service: PVM, call: 'option/update', kind: 'write', summary: 'Change an option\'s caption (code and group never change).', permissions: MANAGE, revision: true, request: OptionUpdateRequest, response: option, errors: [['not-found', 'option-not-found']] })
  async updateOption(@Body() body: OptionUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeOptionRecordCommand(ctx, { option: body.option_id }, body.expected_revision, { kind: 'update', changes: { caption: body.caption } }, body));
    return this.option(ctx, body.option_id);
  }

  @Endpoint({ service: PVM, call: 'option/status', kind: 'write', summary: 'Activate or deactivate an option.', permissions: MANAGE, revision: true, request: OptionStatusRequest, response: option, errors: [['not-found', 'option-not-found'], ...STATUS_ERRORS] })
  async optionStatus(@Body() body: OptionStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeOptionRecordCommand(ctx, { option: body.option_id }, body.expected_revision, { kind: 'set-status', status: body.status }, body));
    return this.option(ctx, body.option_id);
  }

  private async group(ctx: RequestContext, id: string) {
    return { option_group: await this.queries.execute(new GetCatalogRecordQuery(PVM_OPTION_GROUPS, ctx.org_guid, id, 'option-group-not-found')) };
  }

  private async option(ctx: RequestContext, id: string) {
    return { option: await this.queries.execute(new GetCatalogRecordQuery(PVM_OPTIONS, ctx.org_guid, id, 'option-not-found')) };
  }
}

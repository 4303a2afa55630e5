import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ChangeOwnersCommand } from '../commands/owner.handlers';
import { ListOwnersQuery } from '../queries/member.queries';
import { OwnerItem, OwnerListRequest, OwnerPrimarySetRequest, OwnerStateSetRequest, OwnerUserRequest } from './dto/member.dto';
import { OrgRecordDto } from './dto/org.dto';

const service = 'ofm';
const org = { type: OrgRecordDto, key: 'org' };

/** Owner governance (UC-OFM-006): operator-only in the hosted product; here any current owner may do it. */
@Controller('ofm')
@ApiTags('ofm')
export class OwnerController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service, call: 'owner/list', kind: 'read', summary: 'The org\'s owners: the primary and the secondary ones.', permissions: ['ofm:view'], request: OwnerListRequest, response: { type: OwnerItem, list: true } })
  list(@Body() dto: OwnerListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListOwnersQuery(ctx, dto));
  }

  @Endpoint({
    service, call: 'owner/primary/set', kind: 'write', summary: 'Make an active secondary owner the primary owner (the old primary becomes secondary).',
    ownerOnly: true, revision: true, request: OwnerPrimarySetRequest, response: org, errors: [['invalid-state', 'not-active-secondary-owner']],
  })
  setPrimary(@Body() dto: OwnerPrimarySetRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ChangeOwnersCommand(ctx, 'set-primary-owner', dto));
  }

  @Endpoint({
    service, call: 'owner/secondary/add', kind: 'write', summary: 'Make a user a secondary owner.',
    ownerOnly: true, request: OwnerUserRequest, response: org, errors: [['not-found', 'user-not-found'], ['conflict', 'already-owner']],
  })
  addSecondary(@Body() dto: OwnerUserRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ChangeOwnersCommand(ctx, 'add-secondary-owner', dto));
  }

  @Endpoint({
    service, call: 'owner/secondary/remove', kind: 'write', summary: 'Remove a secondary owner (never the primary).',
    ownerOnly: true, request: OwnerUserRequest, response: org, errors: [['not-found', 'owner-not-found'], ['invalid-state', 'primary-owner']],
  })
  removeSecondary(@Body() dto: OwnerUserRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ChangeOwnersCommand(ctx, 'remove-secondary-owner', dto));
  }

  @Endpoint({
    service, call: 'owner/state/set', kind: 'write', summary: 'Suspend or reinstate a secondary owner (never the primary).',
    ownerOnly: true, revision: true, request: OwnerStateSetRequest, response: org, errors: [['not-found', 'owner-not-found'], ['invalid-state', 'primary-owner']],
  })
  setState(@Body() dto: OwnerStateSetRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new ChangeOwnersCommand(ctx, 'set-owner-state', dto));
  }
}

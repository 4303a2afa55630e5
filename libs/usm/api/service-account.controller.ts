import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CreateServiceAccountCommand } from '../commands/create-service-account.handler';
import { SetServiceAccountStatusCommand } from '../commands/set-service-account-status.handler';
import { ListServiceAccountsQuery } from '../queries/list-service-accounts.handler';
import { ServiceAccount, ServiceAccountCreateRequest, ServiceAccountListRequest, ServiceAccountStatusRequest } from './dto/service-account.dto';

/** Org-bound service accounts: owners create and enable/disable them; any associated caller may list them. */
@Controller('usm')
@ApiTags('usm')
export class ServiceAccountController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: 'usm', call: 'service_account/create', kind: 'write', ownerOnly: true, summary: 'Creates an org-bound service account (active).',
    request: ServiceAccountCreateRequest, response: { type: ServiceAccount, key: 'service_account' },
  })
  async create(@Body() dto: ServiceAccountCreateRequest, @Ctx() ctx: RequestContext) {
    return { service_account: await this.commands.execute(new CreateServiceAccountCommand(ctx, dto)) };
  }

  @Endpoint({
    service: 'usm', call: 'service_account/list', kind: 'read', summary: 'The org\'s service accounts, newest first.',
    request: ServiceAccountListRequest, response: { type: ServiceAccount, list: true },
  })
  list(@Body() dto: ServiceAccountListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListServiceAccountsQuery(ctx.org_guid, dto.limit ?? 50, dto.next_token, dto.status));
  }

  @Endpoint({
    service: 'usm', call: 'service_account/status', kind: 'write', ownerOnly: true, revision: true,
    summary: 'Enables or disables a service account; a disabled account\'s keys stop validating.',
    request: ServiceAccountStatusRequest, response: { type: ServiceAccount, key: 'service_account' },
    errors: [['invalid-state', 'status-unchanged'], ['not-found', 'service-account-not-found']],
  })
  async status(@Body() dto: ServiceAccountStatusRequest, @Ctx() ctx: RequestContext) {
    return { service_account: await this.commands.execute(new SetServiceAccountStatusCommand(ctx, dto)) };
  }
}

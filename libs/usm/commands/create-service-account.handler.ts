import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { ServiceAccount, ServiceAccountCreateRequest } from '../api/dto/service-account.dto';
import { serviceAccountOf, serviceAccountView } from '../queries/usm-views';
import { serviceAccountDecider } from '../service-account/service-account.decide';

export class CreateServiceAccountCommand {
  constructor(readonly ctx: RequestContext, readonly dto: ServiceAccountCreateRequest) {}
}

@CommandHandler(CreateServiceAccountCommand)
export class CreateServiceAccountHandler implements ICommandHandler<CreateServiceAccountCommand, ServiceAccount> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: CreateServiceAccountCommand): Promise<ServiceAccount> {
    const service_account_id = this.runtime.ids.next('sa');
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'usm.service-account', service_account_id),
      decider: serviceAccountDecider,
      command: { kind: 'create', org_guid: ctx.org_guid, service_account_id, caption: dto.caption, description: dto.description ?? null, now: this.runtime.clock.now().toISOString() },
      reason: dto.reason,
    });
    return serviceAccountView(await serviceAccountOf(this.runtime, ctx.org_guid, service_account_id));
  }
}

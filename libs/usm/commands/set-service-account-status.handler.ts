import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { ServiceAccount, ServiceAccountStatusRequest } from '../api/dto/service-account.dto';
import { serviceAccountOf, serviceAccountView } from '../queries/usm-views';
import { serviceAccountDecider } from '../service-account/service-account.decide';

export class SetServiceAccountStatusCommand {
  constructor(readonly ctx: RequestContext, readonly dto: ServiceAccountStatusRequest) {}
}

/** Disabling an account makes every key of it fail validation at once (the directory checks the account). */
@CommandHandler(SetServiceAccountStatusCommand)
export class SetServiceAccountStatusHandler implements ICommandHandler<SetServiceAccountStatusCommand, ServiceAccount> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: SetServiceAccountStatusCommand): Promise<ServiceAccount> {
    await serviceAccountOf(this.runtime, ctx.org_guid, dto.service_account_id);
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'usm.service-account', dto.service_account_id),
      decider: serviceAccountDecider,
      command: { kind: 'set-status', status: dto.status, now: this.runtime.clock.now().toISOString() },
      expectedRevision: dto.expected_revision,
      reason: dto.reason,
    });
    return serviceAccountView(await serviceAccountOf(this.runtime, ctx.org_guid, dto.service_account_id));
  }
}

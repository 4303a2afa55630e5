import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { Subscription, SubscriptionStatusSetRequest } from '../api/dto/subscription.dto';
import { subscriptionOf } from '../queries/subscription.queries';
import { subscriptionDecider } from '../subscription/subscription.decide';

export class SetSubscriptionStatusCommand {
  constructor(readonly ctx: RequestContext, readonly dto: SubscriptionStatusSetRequest) {}
}

@CommandHandler(SetSubscriptionStatusCommand)
export class SetSubscriptionStatusHandler implements ICommandHandler<SetSubscriptionStatusCommand, Subscription> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: SetSubscriptionStatusCommand): Promise<Subscription> {
    await subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id);
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'rbs.subscription', dto.subscription_id),
      decider: subscriptionDecider,
      expectedRevision: dto.expected_revision,
      command: { kind: 'set-status', status: dto.status, by: 'caller', note: dto.reason ?? null, now: this.runtime.clock.now().toISOString() },
    });
    return subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id);
  }
}

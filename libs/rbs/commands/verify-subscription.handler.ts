import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { Subscription, SubscriptionVerifyRequest } from '../api/dto/subscription.dto';
import { hashToken } from '../delivery/subscription-delivery';
import { subscriptionOf } from '../queries/subscription.queries';
import { subscriptionDecider } from '../subscription/subscription.decide';

export class VerifySubscriptionCommand {
  constructor(readonly ctx: RequestContext, readonly dto: SubscriptionVerifyRequest) {}
}

/** The partner proves it controls the target by returning the token it received: the subscription goes live. */
@CommandHandler(VerifySubscriptionCommand)
export class VerifySubscriptionHandler implements ICommandHandler<VerifySubscriptionCommand, Subscription> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: VerifySubscriptionCommand): Promise<Subscription> {
    await subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id);
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'rbs.subscription', dto.subscription_id),
      decider: subscriptionDecider,
      command: { kind: 'verify', token_hash: hashToken(dto.verification_token), now: this.runtime.clock.now().toISOString() },
    });
    return subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id);
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { DeliveryResult, Subscription, SubscriptionIdRequest } from '../api/dto/subscription.dto';
import { newVerificationToken, sendTest } from '../delivery/subscription-delivery';
import { subscriptionOf } from '../queries/subscription.queries';
import { subscriptionDecider } from '../subscription/subscription.decide';
import { deliverVerification, deliveryResult } from './verification-delivery';

export class TestSubscriptionCommand {
  constructor(readonly ctx: RequestContext, readonly dto: SubscriptionIdRequest) {}
}

/**
 * Verified: one signed test message (`delivery_reason: 'test'`, a synthetic `rbs.subscription-tested` event).
 * Still pending: a fresh verification token instead — nothing but verification reaches an unverified target.
 */
@CommandHandler(TestSubscriptionCommand)
export class TestSubscriptionHandler implements ICommandHandler<TestSubscriptionCommand> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: TestSubscriptionCommand): Promise<{ subscription: Subscription; delivery: DeliveryResult }> {
    await subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id);
    const token = newVerificationToken(this.runtime.clock.now());
    const result = await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'rbs.subscription', dto.subscription_id),
      decider: subscriptionDecider,
      command: { kind: 'test', token: token.issued, now: this.runtime.clock.now().toISOString() },
    });
    const delivery = result.events.length > 0
      ? await deliverVerification(this.runtime, this.writes, ctx, result.state, token)
      : deliveryResult('test', await sendTest(this.runtime, result.state, dto.reason));
    return { subscription: await subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id), delivery };
  }
}

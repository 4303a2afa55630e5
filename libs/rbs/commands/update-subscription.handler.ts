import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { DeliveryResult, Subscription, SubscriptionUpdateRequest } from '../api/dto/subscription.dto';
import { newVerificationToken } from '../delivery/subscription-delivery';
import { subscriptionOf } from '../queries/subscription.queries';
import { subscriptionDecider } from '../subscription/subscription.decide';
import { targetFrom } from './subscription-target';
import { deliverVerification } from './verification-delivery';

export class UpdateSubscriptionCommand {
  constructor(readonly ctx: RequestContext, readonly dto: SubscriptionUpdateRequest) {}
}

/** Caption, filters, or a new target (which must be verified again: a token goes to the new target). */
@CommandHandler(UpdateSubscriptionCommand)
export class UpdateSubscriptionHandler implements ICommandHandler<UpdateSubscriptionCommand> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: UpdateSubscriptionCommand): Promise<{ subscription: Subscription; verification: DeliveryResult | null }> {
    await subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id);
    const transport = await targetFrom(this.runtime, dto, false);
    const now = this.runtime.clock.now();
    const token = newVerificationToken(now);
    const result = await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'rbs.subscription', dto.subscription_id),
      decider: subscriptionDecider,
      expectedRevision: dto.expected_revision,
      command: {
        kind: 'update', caption: dto.caption, transport, token: token.issued, now: now.toISOString(),
        filters: dto.filters?.map((f) => ({ service: f.service, action_prefix: f.action_prefix ?? '' })),
      },
    });
    const reissued = result.events.some((e) => e.type === 'rbs.subscription-verification-issued');
    const verification = reissued ? await deliverVerification(this.runtime, this.writes, ctx, result.state, token) : null;
    return { subscription: await subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id), verification };
  }
}

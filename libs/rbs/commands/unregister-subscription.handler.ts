import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SecretVault } from '@g3n/delivery';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { Subscription, SubscriptionUnregisterRequest } from '../api/dto/subscription.dto';
import { subscriptionOf } from '../queries/subscription.queries';
import { subscriptionDecider } from '../subscription/subscription.decide';

export class UnregisterSubscriptionCommand {
  constructor(readonly ctx: RequestContext, readonly dto: SubscriptionUnregisterRequest) {}
}

/** Terminal. The record stays readable (status unregistered) for audit; the signing secret is dropped from the vault. */
@CommandHandler(UnregisterSubscriptionCommand)
export class UnregisterSubscriptionHandler implements ICommandHandler<UnregisterSubscriptionCommand, Subscription> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: UnregisterSubscriptionCommand): Promise<Subscription> {
    await subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id);
    const result = await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'rbs.subscription', dto.subscription_id),
      decider: subscriptionDecider,
      expectedRevision: dto.expected_revision,
      command: { kind: 'unregister', now: this.runtime.clock.now().toISOString() },
    });
    // After the commit: a crash in between leaves an unused sealed secret, never a live subscription without one.
    await SecretVault.forRuntime(this.runtime).delete(result.state.secret_ref);
    return subscriptionOf(this.runtime, ctx.org_guid, dto.subscription_id);
  }
}

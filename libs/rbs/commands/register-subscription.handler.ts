import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { generateSigningSecret, SecretVault } from '@g3n/delivery';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { DeliveryResult, Subscription, SubscriptionRegisterRequest } from '../api/dto/subscription.dto';
import { newVerificationToken } from '../delivery/subscription-delivery';
import { subscriptionOf } from '../queries/subscription.queries';
import { subscriptionDecider } from '../subscription/subscription.decide';
import { deliverVerification } from './verification-delivery';
import { targetFrom } from './subscription-target';

export class RegisterSubscriptionCommand {
  constructor(readonly ctx: RequestContext, readonly dto: SubscriptionRegisterRequest) {}
}

/** Commits the subscription (pending_verification) first, then sends the token, then records how that went. */
@CommandHandler(RegisterSubscriptionCommand)
export class RegisterSubscriptionHandler implements ICommandHandler<RegisterSubscriptionCommand> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: RegisterSubscriptionCommand): Promise<{ subscription: Subscription; signing_secret: string; verification: DeliveryResult }> {
    const transport = await targetFrom(this.runtime, dto, true);
    const now = this.runtime.clock.now();
    const subscription_id = this.runtime.ids.next('sub');
    const signing_secret = generateSigningSecret();
    const secret_ref = await SecretVault.forRuntime(this.runtime).put(signing_secret);
    const token = newVerificationToken(now);
    const result = await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'rbs.subscription', subscription_id),
      decider: subscriptionDecider,
      command: {
        kind: 'register', org_guid: ctx.org_guid, subscription_id, caption: dto.caption ?? null, transport: transport!,
        filters: dto.filters.map((f) => ({ service: f.service, action_prefix: f.action_prefix ?? '' })),
        secret_ref, secret_last4: signing_secret.slice(-4), token: token.issued, now: now.toISOString(),
      },
    });
    const verification = await deliverVerification(this.runtime, this.writes, ctx, result.state, token);
    return { subscription: await subscriptionOf(this.runtime, ctx.org_guid, subscription_id), signing_secret, verification };
  }
}

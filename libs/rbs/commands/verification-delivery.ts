import { streamName } from '@g3n/eventlog';
import type { RequestContext, Runtime, Writes } from '@g3n/platform';
import type { DeliveryResult } from '../api/dto/subscription.dto';
import { sendVerification } from '../delivery/subscription-delivery';
import type { IssuedToken } from '../subscription/subscription.decide';
import { subscriptionDecider } from '../subscription/subscription.decide';
import type { SubscriptionState } from '../subscription/subscription.state';

/**
 * Sends a freshly issued token (after its event committed) and records the outcome on the subscription, so get/list
 * show whether the partner can have received it. A failure is not an error of the call: the caller sees it and can
 * fix the target, or call /test to re-send.
 */
export async function deliverVerification(
  runtime: Runtime, writes: Writes, ctx: RequestContext, state: SubscriptionState, token: { plaintext: string; issued: IssuedToken },
): Promise<DeliveryResult> {
  const outcome = await sendVerification(runtime, state, token.plaintext, token.issued.expires_at);
  await writes.execute(ctx, {
    stream: streamName(state.org_guid, 'rbs.subscription', state.subscription_id),
    decider: subscriptionDecider,
    command: { kind: 'record-verification-attempt', outcome: outcome.ok ? 'delivered' : 'failed', status_code: outcome.status_code, error: outcome.error, now: runtime.clock.now().toISOString() },
  });
  return deliveryResult('verification', outcome);
}

export function deliveryResult(reason: 'verification' | 'test', o: { ok: boolean; status_code: number | null; error: string | null; latency_ms: number; attempt_id: string }): DeliveryResult {
  return { delivery_reason: reason, outcome: o.ok ? 'delivered' : 'failed', status_code: o.status_code, error: o.error, latency_ms: o.latency_ms, attempt_id: o.attempt_id };
}

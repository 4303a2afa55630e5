// How RBS talks to a partner outside the live flow: the verification token and test messages, signed and sent
// through the shared engine's deliverDirect (HTTP, or SQS with RBS's transport), each attempt in the delivery log.
import { createHash, randomBytes } from 'crypto';
import { deliverDirect, DeliveryOutcome, DeliveryRuntime, DeliveryTarget, SecretVault } from '@g3n/delivery';
import { SqsTransport } from '@g3n/delivery';
import type { SubscriptionState } from '../subscription/subscription.state';
import type { IssuedToken } from '../subscription/subscription.decide';

export const RBS_OWNER = 'rbs.subscription';

/** One SQS transport per process: its SDK clients (per region and endpoint) are reused across sends. */
export const rbsSqsTransport = new SqsTransport();

/** `G3N_RBS_VERIFICATION_TTL_MS` (default 24 h): how long a verification token stays valid. */
export function verificationTtlMs(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.G3N_RBS_VERIFICATION_TTL_MS);
  return Number.isInteger(n) && n > 0 ? n : 24 * 60 * 60 * 1000;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token: the plaintext goes only to the target, the hash to the log. */
export function newVerificationToken(now: Date): { plaintext: string; issued: IssuedToken } {
  const plaintext = `rbsv_${randomBytes(24).toString('base64url')}`;
  return { plaintext, issued: { token_hash: hashToken(plaintext), expires_at: new Date(now.getTime() + verificationTtlMs()).toISOString() } };
}

export function targetOf(state: SubscriptionState, startAfter = 0): DeliveryTarget {
  return {
    target_id: state.subscription_id, owner: RBS_OWNER, org_guid: state.org_guid, status: state.status, filters: state.filters,
    transport: state.transport, secret_ref: state.secret_ref, start_after: startAfter,
  };
}

export function sendVerification(runtime: DeliveryRuntime, state: SubscriptionState, token: string, expiresAt: string): Promise<DeliveryOutcome> {
  return deliverDirect(runtime, targetOf(state), {
    verification: { verification_token: token, expires_at: expiresAt, verify_call: 'POST /rbs/subscription/verify { subscription_id, verification_token }' },
  }, 'verification', { transports: [rbsSqsTransport], vault: SecretVault.forRuntime(runtime) });
}

/** A synthetic event (not in the log) shaped like a live delivery's `event`, so partners test their real parser. */
export function sendTest(runtime: DeliveryRuntime, state: SubscriptionState, reason: string | undefined): Promise<DeliveryOutcome> {
  const now = runtime.clock.now().toISOString();
  const event = {
    event_id: runtime.ids.next('evt'), reason: reason ?? 'test', service: 'rbs', action: 'subscription-tested', type: 'rbs.subscription-tested',
    position: 0, org_guid: state.org_guid, occurred_at: now, data: { subscription_id: state.subscription_id, message: 'G3N test delivery' },
  };
  return deliverDirect(runtime, targetOf(state), { event }, 'test', { transports: [rbsSqsTransport], vault: SecretVault.forRuntime(runtime) });
}

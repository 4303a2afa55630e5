import { Decider, invalidState, notFound, validationError } from '@g3n/es';
import type { EventFilter, TransportSpec } from '@g3n/delivery';
import type { SubscriptionEvent, SubscriptionStatus } from './subscription.events';
import { evolveSubscription, initialSubscriptionState, SubscriptionState } from './subscription.state';

/** A fresh verification token, hashed by the handler (the decider never sees the plaintext). */
export interface IssuedToken { token_hash: string; expires_at: string }

export type SubscriptionCommand =
  | { kind: 'register'; org_guid: string; subscription_id: string; caption: string | null; transport: TransportSpec; filters: EventFilter[]; secret_ref: string; secret_last4: string; token: IssuedToken; now: string }
  | { kind: 'record-verification-attempt'; outcome: 'delivered' | 'failed'; status_code: number | null; error: string | null; now: string }
  | { kind: 'verify'; token_hash: string; now: string }
  | { kind: 'update'; caption?: string | null; transport?: TransportSpec; filters?: EventFilter[]; token: IssuedToken; now: string }
  | { kind: 'set-status'; status: 'active' | 'paused' | 'disabled'; by: 'caller' | 'delivery-engine'; note: string | null; now: string }
  | { kind: 'test'; token: IssuedToken; now: string }
  | { kind: 'unregister'; now: string };

/** Caller transitions among verified statuses; verification itself is the only way out of pending_verification. */
const CALLER_TRANSITIONS: Record<SubscriptionStatus, SubscriptionStatus[]> = {
  pending_verification: [],
  active: ['paused', 'disabled'],
  paused: ['active', 'disabled'],
  disabled: ['active', 'paused'],
  unregistered: [],
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * pending_verification ─verify→ active ⇄ paused ⇄ disabled; any → unregistered (terminal). A new target sends the
 * subscription back to pending_verification with a new token; nothing is delivered live until it is verified again.
 */
export const subscriptionDecider: Decider<SubscriptionCommand, SubscriptionState, SubscriptionEvent> = {
  name: 'rbs.subscription',
  stateVersion: 1,
  initialState: initialSubscriptionState,
  evolve: evolveSubscription,
  decide(command, state) {
    if (command.kind === 'register') return register(command, state);
    if (!state.exists) throw notFound('subscription-not-found', 'No such subscription.');
    if (state.status === 'unregistered') {
      // A late attempt record after an unregister is dropped, not an error: the send already happened.
      if (command.kind === 'record-verification-attempt') return [];
      throw invalidState('subscription-unregistered', 'The subscription is unregistered.');
    }
    const ids = { org_guid: state.org_guid, subscription_id: state.subscription_id };
    switch (command.kind) {
      case 'record-verification-attempt':
        return [{ type: 'rbs.subscription-verification-attempted', data: { ...ids, outcome: command.outcome, status_code: command.status_code, error: command.error, attempted_at: command.now } }];
      case 'verify':
        return verify(command, state);
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
      case 'test':
        // Unverified: a test re-sends verification (a fresh token), nothing else; verified: no event, the handler sends.
        return state.status === 'pending_verification' ? [issued(state, command.token, command.now)] : [];
      case 'unregister':
        return [{ type: 'rbs.subscription-unregistered', data: { ...ids, unregistered_at: command.now } }];
    }
  },
};

function register(c: Extract<SubscriptionCommand, { kind: 'register' }>, state: SubscriptionState): SubscriptionEvent[] {
  if (state.exists) throw invalidState('subscription-exists', 'The subscription already exists.');
  const { org_guid, subscription_id, caption, transport, filters, secret_ref, secret_last4, now } = c;
  return [
    { type: 'rbs.subscription-registered', data: { org_guid, subscription_id, caption, transport, filters, secret_ref, secret_last4, registered_at: now } },
    { type: 'rbs.subscription-verification-issued', data: { org_guid, subscription_id, ...c.token, issued_at: now } },
  ];
}

function verify(c: Extract<SubscriptionCommand, { kind: 'verify' }>, state: SubscriptionState): SubscriptionEvent[] {
  if (state.status !== 'pending_verification') throw invalidState('already-verified', 'The subscription is already verified.');
  if (!state.token_hash || c.token_hash !== state.token_hash) {
    throw validationError('verification-token-invalid', 'The verification token does not match.', { fields: [{ field: 'verification_token', reason: 'does not match' }] });
  }
  if (state.token_expires_at && Date.parse(c.now) > Date.parse(state.token_expires_at)) {
    throw invalidState('verification-expired', 'The verification token expired; call /rbs/subscription/test to receive a new one.', { expired_at: state.token_expires_at });
  }
  return [{ type: 'rbs.subscription-verified', data: { org_guid: state.org_guid, subscription_id: state.subscription_id, verified_at: c.now } }];
}

function update(c: Extract<SubscriptionCommand, { kind: 'update' }>, state: SubscriptionState): SubscriptionEvent[] {
  const changes: { caption?: string | null; transport?: TransportSpec; filters?: EventFilter[] } = {};
  if (c.caption !== undefined) changes.caption = c.caption;
  if (c.filters !== undefined && !sameJson(c.filters, state.filters)) changes.filters = c.filters;
  const newTarget = c.transport !== undefined && !sameJson(c.transport, state.transport);
  if (newTarget) changes.transport = c.transport;
  if (Object.keys(changes).length === 0) throw validationError('nothing-to-update', 'Give caption, a target or filters that differ from the current ones.');
  const events: SubscriptionEvent[] = [
    { type: 'rbs.subscription-updated', data: { org_guid: state.org_guid, subscription_id: state.subscription_id, changes, updated_at: c.now } },
  ];
  if (newTarget) events.push(issued(state, c.token, c.now));
  return events;
}

function setStatus(c: Extract<SubscriptionCommand, { kind: 'set-status' }>, state: SubscriptionState): SubscriptionEvent[] {
  if (c.by === 'delivery-engine' && (state.status === c.status || state.status === 'disabled' || state.status === 'pending_verification')) {
    // The engine reacting late (or twice) to a target the caller already moved: nothing to record.
    return [];
  }
  if (state.status === 'pending_verification') throw invalidState('subscription-not-verified', 'Verify the subscription before changing its status.');
  if (!CALLER_TRANSITIONS[state.status].includes(c.status)) {
    throw invalidState('invalid-status-transition', `A ${state.status} subscription cannot become ${c.status}.`, { from: state.status, to: c.status });
  }
  return [{
    type: 'rbs.subscription-status-set',
    data: { org_guid: state.org_guid, subscription_id: state.subscription_id, status: c.status, previous_status: state.status, by: c.by, note: c.note, at: c.now },
  }];
}

function issued(state: SubscriptionState, token: IssuedToken, now: string): SubscriptionEvent {
  return { type: 'rbs.subscription-verification-issued', data: { org_guid: state.org_guid, subscription_id: state.subscription_id, ...token, issued_at: now } };
}

import { given } from '@g3n/es';
import { subscriptionDecider } from './subscription.decide';
import type { SubscriptionEvent } from './subscription.events';

const now = '2026-01-01T00:00:00.000Z';
const later = '2026-01-03T00:00:00.000Z';
const ids = { org_guid: 'o1', subscription_id: 's1' };
const http = { type: 'http' as const, url: 'https://partner.example/hooks' };
const filters = [{ service: 'scm', action_prefix: 'order-' }];
const token = { token_hash: 'h1', expires_at: '2026-01-02T00:00:00.000Z' };

const registered: SubscriptionEvent = {
  type: 'rbs.subscription-registered',
  data: { ...ids, caption: null, transport: http, filters, secret_ref: 'vault_1', secret_last4: 'abcd', registered_at: now },
};
const issued: SubscriptionEvent = { type: 'rbs.subscription-verification-issued', data: { ...ids, ...token, issued_at: now } };
const verified: SubscriptionEvent = { type: 'rbs.subscription-verified', data: { ...ids, verified_at: now } };
const paused: SubscriptionEvent = {
  type: 'rbs.subscription-status-set', data: { ...ids, status: 'paused', previous_status: 'active', by: 'caller', note: null, at: now },
};
const unregistered: SubscriptionEvent = { type: 'rbs.subscription-unregistered', data: { ...ids, unregistered_at: now } };
const setStatus = (status: 'active' | 'paused' | 'disabled', by: 'caller' | 'delivery-engine' = 'caller') => ({ kind: 'set-status' as const, status, by, note: null, now });

describe('subscription decider', () => {
  it('registers pending verification with a token issued, once', () => {
    const register = { kind: 'register' as const, ...ids, caption: null, transport: http, filters, secret_ref: 'vault_1', secret_last4: 'abcd', token, now };
    given(subscriptionDecider, []).when(register).then([registered, issued]);
    given(subscriptionDecider, [registered, issued]).when(register).thenRejects('invalid-state', 'subscription-exists');
    given(subscriptionDecider, [registered, issued]).when(register).thenRejects('invalid-state');
    given(subscriptionDecider, []).when({ kind: 'verify', token_hash: 'h1', now }).thenRejects('not-found', 'subscription-not-found');
  });

  it('verifies only with the outstanding token, before it expires, once', () => {
    given(subscriptionDecider, [registered, issued]).when({ kind: 'verify', token_hash: 'h1', now }).then([verified]);
    given(subscriptionDecider, [registered, issued]).when({ kind: 'verify', token_hash: 'nope', now }).thenRejects('validation-error', 'verification-token-invalid');
    given(subscriptionDecider, [registered, issued]).when({ kind: 'verify', token_hash: 'h1', now: later }).thenRejects('invalid-state', 'verification-expired');
    given(subscriptionDecider, [registered, issued, verified]).when({ kind: 'verify', token_hash: 'h1', now }).thenRejects('invalid-state', 'already-verified');
    given(subscriptionDecider, [registered, issued]).when({ kind: 'verify', token_hash: 'h1', now }).thenState((s) => {
      expect(s).toMatchObject({ status: 'active', verified_once: true, token_hash: null });
    });
  });

  it('status: only verified subscriptions move, along the allowed transitions', () => {
    given(subscriptionDecider, [registered, issued]).when(setStatus('active')).thenRejects('invalid-state', 'subscription-not-verified');
    given(subscriptionDecider, [registered, issued, verified]).when(setStatus('paused')).then([paused]);
    given(subscriptionDecider, [registered, issued, verified]).when(setStatus('active')).thenRejects('invalid-state', 'invalid-status-transition');
    given(subscriptionDecider, [registered, issued, verified, paused]).when(setStatus('active')).thenState((s) => expect(s.status).toBe('active'));
  });

  it('the engine pausing or disabling is idempotent and never revives or touches pending subscriptions', () => {
    given(subscriptionDecider, [registered, issued, verified, paused]).when(setStatus('paused', 'delivery-engine')).then([]);
    given(subscriptionDecider, [registered, issued]).when(setStatus('disabled', 'delivery-engine')).then([]);
    given(subscriptionDecider, [registered, issued, verified]).when(setStatus('disabled', 'delivery-engine')).thenState((s) => expect(s.status).toBe('disabled'));
  });

  it('a new target needs verification again; filters alone do not', () => {
    const sqs = { type: 'sqs' as const, queue_url: 'https://sqs.us-east-1.amazonaws.com/1/q', region: 'us-east-1' };
    const token2 = { token_hash: 'h2', expires_at: later };
    given(subscriptionDecider, [registered, issued, verified]).when({ kind: 'update', transport: sqs, token: token2, now }).then([
      { type: 'rbs.subscription-updated', data: { ...ids, changes: { transport: sqs }, updated_at: now } },
      { type: 'rbs.subscription-verification-issued', data: { ...ids, ...token2, issued_at: now } },
    ]);
    const other = [{ service: 'ics' }];
    given(subscriptionDecider, [registered, issued, verified]).when({ kind: 'update', filters: other, token: token2, now })
      .then([{ type: 'rbs.subscription-updated', data: { ...ids, changes: { filters: other }, updated_at: now } }]);
    given(subscriptionDecider, [registered, issued, verified]).when({ kind: 'update', filters, transport: http, token: token2, now })
      .thenRejects('validation-error', 'nothing-to-update');
  });

  it('test re-issues verification while pending and records nothing once verified', () => {
    const token2 = { token_hash: 'h2', expires_at: later };
    given(subscriptionDecider, [registered, issued]).when({ kind: 'test', token: token2, now })
      .then([{ type: 'rbs.subscription-verification-issued', data: { ...ids, ...token2, issued_at: now } }]);
    given(subscriptionDecider, [registered, issued, verified]).when({ kind: 'test', token: token2, now }).then([]);
  });

  it('unregister is terminal', () => {
    given(subscriptionDecider, [registered, issued, verified]).when({ kind: 'unregister', now }).then([unregistered]);
    given(subscriptionDecider, [registered, issued, verified, unregistered]).when({ kind: 'unregister', now }).thenRejects('invalid-state', 'subscription-unregistered');
    given(subscriptionDecider, [registered, issued, unregistered]).when({ kind: 'record-verification-attempt', outcome: 'failed', status_code: null, error: 'x', now }).then([]);
  });
});

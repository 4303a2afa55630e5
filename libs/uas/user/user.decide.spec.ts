import { given } from '@g3n/es';
import { emailClaimDecider } from '../email/email-claim.decide';
import { userDecider } from './user.decide';
import type { UserEvent } from './user.events';

const now = '2026-01-01T00:00:00.000Z';
const later = '2026-01-03T00:00:00.000Z';
const created: UserEvent = {
  type: 'uas.user-created',
  data: { user_guid: 'u1', email: 'a@example.com', verification_token_hash: 'h1', verification_expires_at: '2026-01-02T00:00:00.000Z', created_at: now },
};
const verified: UserEvent = { type: 'uas.email-verified', data: { user_guid: 'u1', email: 'a@example.com', method: 'operator', verified_at: now } };
const passcode = (v: number, id: string): UserEvent => ({ type: 'uas.passcode-set', data: { user_guid: 'u1', passcode_version: v, credential_id: id, via: 'set', set_at: now } });
const card: UserEvent = {
  type: 'uas.payment-method-added',
  data: { user_guid: 'u1', payment_method_id: 'pm1', kind: 'card', token_hash: 't1', last4: '4242', brand: null, label: null, added_at: now },
};
const bank: UserEvent = { ...card, data: { ...card.data, payment_method_id: 'pm2', kind: 'bank', token_hash: 't2' } } as UserEvent;

describe('email claim decider', () => {
  it('claims once; a second claim is 409 email-taken', () => {
    given(emailClaimDecider, []).when({ kind: 'claim', email: 'a@example.com', user_guid: 'u1' })
      .then([{ type: 'uas.email-claimed', data: { email: 'a@example.com', user_guid: 'u1' } }]);
    given(emailClaimDecider, [{ type: 'uas.email-claimed', data: { email: 'a@example.com', user_guid: 'u1' } }])
      .when({ kind: 'claim', email: 'a@example.com', user_guid: 'u2' }).thenRejects('conflict', 'email-taken');
  });
});

describe('user decider', () => {
  it('creates a pending user, or a verified one for operators', () => {
    given(userDecider, []).when({ kind: 'create', user_guid: 'u1', email: 'a@example.com', verification_token_hash: 'h1', verification_expires_at: '2026-01-02T00:00:00.000Z', verified: false, now }).then([created]);
    given(userDecider, []).when({ kind: 'create', user_guid: 'u1', email: 'a@example.com', verification_token_hash: null, verification_expires_at: null, verified: true, now })
      .thenState((s) => expect(s).toMatchObject({ verified: true, verification: null }));
    given(userDecider, [created]).when({ kind: 'create', user_guid: 'u1', email: 'a@example.com', verification_token_hash: null, verification_expires_at: null, verified: true, now }).thenRejects('invalid-state', 'user-exists');
  });

  it('verifies with the right unexpired token only', () => {
    given(userDecider, [created]).when({ kind: 'verify-email', token_hash: 'h1', now })
      .then([{ type: 'uas.email-verified', data: { user_guid: 'u1', email: 'a@example.com', method: 'token', verified_at: now } }]);
    given(userDecider, [created]).when({ kind: 'verify-email', token_hash: 'nope', now }).thenRejects('validation-error', 'verification-invalid');
    given(userDecider, [created]).when({ kind: 'verify-email', token_hash: 'h1', now: later }).thenRejects('conflict', 'verification-expired');
    given(userDecider, [created, verified]).when({ kind: 'verify-email', token_hash: 'h1', now }).then([]);
    given(userDecider, [created, { type: 'uas.verification-issued', data: { user_guid: 'u1', token_hash: 'h2', expires_at: later } }])
      .when({ kind: 'verify-email', token_hash: 'h1', now }).thenRejects('validation-error', 'verification-invalid');
    given(userDecider, []).when({ kind: 'verify-email', token_hash: null, now }).thenRejects('not-found', 'user-not-found');
  });

  it('numbers passcode versions and keeps a 5-long reuse window', () => {
    given(userDecider, [created]).when({ kind: 'set-passcode', credential_id: 'c1', now }).then([passcode(1, 'c1')]);
    const history = [created, ...[1, 2, 3, 4, 5, 6].map((v) => passcode(v, `c${v}`))];
    given(userDecider, history).when({ kind: 'set-passcode', credential_id: 'c7', now })
      .thenState((s) => expect(s.credential_history).toEqual(['c7', 'c6', 'c5', 'c4', 'c3']));
    const reset: UserEvent = { type: 'uas.passcode-reset-issued', data: { user_guid: 'u1', token_hash: 'r1', expires_at: '2026-01-02T00:00:00.000Z' } };
    given(userDecider, [created, reset]).when({ kind: 'set-passcode', credential_id: 'c1', reset_token_hash: 'r1', now }).thenState((s) => expect(s.reset).toBeNull());
    given(userDecider, [created, reset]).when({ kind: 'set-passcode', credential_id: 'c1', reset_token_hash: 'r1', now: later }).thenRejects('conflict', 'reset-expired');
  });

  it('keeps payment methods for verified users, unique tokens, exact reorders', () => {
    const add = { kind: 'add-payment-method' as const, payment_method_id: 'pm1', method: 'card' as const, token_hash: 't1', last4: '4242', brand: null, label: null, now };
    given(userDecider, [created]).when(add).thenRejects('forbidden', 'user-not-verified');
    given(userDecider, [created, verified]).when(add).then([card]);
    given(userDecider, [created, verified, card]).when({ ...add, payment_method_id: 'pm9' }).thenRejects('conflict', 'payment-token-duplicate');
    given(userDecider, [created, verified, card, bank]).when({ kind: 'set-payment-priority', order: ['pm2', 'pm1'] })
      .thenState((s) => expect(s.payment_methods.map((m) => m.payment_method_id)).toEqual(['pm2', 'pm1']));
    given(userDecider, [created, verified, card, bank]).when({ kind: 'set-payment-priority', order: ['pm2', 'pm2'] }).thenRejects('validation-error', 'priority-order-invalid');
    given(userDecider, [created, verified, card]).when({ kind: 'remove-payment-method', payment_method_id: 'pm9' }).thenRejects('not-found', 'payment-method-not-found');
  });
});

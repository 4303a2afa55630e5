import { Decider, DomainError, invalidState, notFound, validationError, conflict } from '@g3n/es';
import type { PaymentKind, UserEvent } from './user.events';
import { evolveUser, initialUserState, TokenState, UserState } from './user.state';

export type UserCommand =
  | { kind: 'create'; user_guid: string; email: string; verification_token_hash: string | null; verification_expires_at: string | null; verified: boolean; now: string }
  /** token_hash null = operator verification (no token needed). */
  | { kind: 'verify-email'; token_hash: string | null; now: string }
  | { kind: 'issue-verification'; token_hash: string; expires_at: string }
  | { kind: 'set-passcode'; credential_id: string; reset_token_hash?: string; now: string }
  | { kind: 'issue-reset'; token_hash: string; expires_at: string }
  | { kind: 'add-payment-method'; payment_method_id: string; method: PaymentKind; token_hash: string; last4: string; brand: string | null; label: string | null; now: string }
  | { kind: 'remove-payment-method'; payment_method_id: string }
  | { kind: 'set-payment-priority'; order: string[] };

const forbidden = (minor: string, message: string) => new DomainError('forbidden', minor, message);

/** Expired tokens are a 409 (ask for a new one); a token that does not match is a 400. */
function checkToken(token: TokenState | null, hash: string, now: string, what: 'verification' | 'reset'): void {
  if (!token || token.token_hash !== hash) throw validationError(`${what}-invalid`, `The ${what} token is not valid.`);
  if (Date.parse(now) >= Date.parse(token.expires_at)) throw conflict(`${what}-expired`, `The ${what} token has expired; request a new one.`);
}

function create(c: Extract<UserCommand, { kind: 'create' }>, s: UserState): UserEvent[] {
  if (s.exists) throw invalidState('user-exists', 'The user already exists.');
  const events: UserEvent[] = [{
    type: 'uas.user-created',
    data: {
      user_guid: c.user_guid, email: c.email, created_at: c.now,
      verification_token_hash: c.verified ? null : c.verification_token_hash,
      verification_expires_at: c.verified ? null : c.verification_expires_at,
    },
  }];
  if (c.verified) events.push({ type: 'uas.email-verified', data: { user_guid: c.user_guid, email: c.email, method: 'operator', verified_at: c.now } });
  return events;
}

function verifyEmail(c: Extract<UserCommand, { kind: 'verify-email' }>, s: UserState): UserEvent[] {
  if (s.verified) return []; // verifying twice is harmless: nothing changes
  if (c.token_hash !== null) checkToken(s.verification, c.token_hash, c.now, 'verification');
  return [{ type: 'uas.email-verified', data: { user_guid: s.user_guid, email: s.email, method: c.token_hash === null ? 'operator' : 'token', verified_at: c.now } }];
}

function setPasscode(c: Extract<UserCommand, { kind: 'set-passcode' }>, s: UserState): UserEvent[] {
  if (c.reset_token_hash !== undefined) checkToken(s.reset, c.reset_token_hash, c.now, 'reset');
  return [{
    type: 'uas.passcode-set',
    data: { user_guid: s.user_guid, passcode_version: s.passcode_version + 1, credential_id: c.credential_id, via: c.reset_token_hash !== undefined ? 'reset' : 'set', set_at: c.now },
  }];
}

function addPaymentMethod(c: Extract<UserCommand, { kind: 'add-payment-method' }>, s: UserState): UserEvent[] {
  if (!s.verified) throw forbidden('user-not-verified', 'Only verified users may store payment methods.');
  if (s.payment_methods.some((m) => m.token_hash === c.token_hash)) {
    throw conflict('payment-token-duplicate', 'This payment token is already stored for the user.');
  }
  return [{
    type: 'uas.payment-method-added',
    data: { user_guid: s.user_guid, payment_method_id: c.payment_method_id, kind: c.method, token_hash: c.token_hash, last4: c.last4, brand: c.brand, label: c.label, added_at: c.now },
  }];
}

function setPriority(c: Extract<UserCommand, { kind: 'set-payment-priority' }>, s: UserState): UserEvent[] {
  const current = s.payment_methods.map((m) => m.payment_method_id);
  const same = c.order.length === current.length && new Set(c.order).size === c.order.length && c.order.every((id) => current.includes(id));
  if (!same) {
    throw validationError('priority-order-invalid', 'order must list every payment method of the user exactly once.', { payment_method_ids: current });
  }
  if (c.order.every((id, i) => id === current[i])) return [];
  return [{ type: 'uas.payment-methods-reordered', data: { user_guid: s.user_guid, order: c.order } }];
}

export const userDecider: Decider<UserCommand, UserState, UserEvent> = {
  name: 'uas.user',
  stateVersion: 1,
  initialState: initialUserState,
  evolve: evolveUser,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('user-not-found', 'No such user.');
    switch (command.kind) {
      case 'verify-email':
        return verifyEmail(command, state);
      case 'issue-verification':
        if (state.verified) throw invalidState('already-verified', 'The email is already verified.');
        return [{ type: 'uas.verification-issued', data: { user_guid: state.user_guid, token_hash: command.token_hash, expires_at: command.expires_at } }];
      case 'set-passcode':
        return setPasscode(command, state);
      case 'issue-reset':
        return [{ type: 'uas.passcode-reset-issued', data: { user_guid: state.user_guid, token_hash: command.token_hash, expires_at: command.expires_at } }];
      case 'add-payment-method':
        return addPaymentMethod(command, state);
      case 'remove-payment-method':
        if (!state.payment_methods.some((m) => m.payment_method_id === command.payment_method_id)) {
          throw notFound('payment-method-not-found', 'No such payment method for this user.');
        }
        return [{ type: 'uas.payment-method-removed', data: { user_guid: state.user_guid, payment_method_id: command.payment_method_id } }];
      case 'set-payment-priority':
        return setPriority(command, state);
    }
  },
};

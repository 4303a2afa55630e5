// User events. Secrets never appear here: tokens only as SHA-256, passcodes only as an opaque credential id that
// points into the `_uas_credentials` vault, payment tokens only as SHA-256 + last4.
import { defineEvent, DomainEvent } from '@g3n/es';

export type PaymentKind = 'card' | 'bank' | 'wallet';

export type UserCreated = DomainEvent<'uas.user-created', {
  user_guid: string;
  email: string;
  verification_token_hash: string | null;
  verification_expires_at: string | null;
  created_at: string;
}>;
export type EmailVerified = DomainEvent<'uas.email-verified', { user_guid: string; email: string; method: 'token' | 'operator'; verified_at: string }>;
export type VerificationIssued = DomainEvent<'uas.verification-issued', { user_guid: string; token_hash: string; expires_at: string }>;
export type PasscodeSet = DomainEvent<'uas.passcode-set', { user_guid: string; passcode_version: number; credential_id: string; via: 'set' | 'reset'; set_at: string }>;
export type PasscodeResetIssued = DomainEvent<'uas.passcode-reset-issued', { user_guid: string; token_hash: string; expires_at: string }>;
export type PaymentMethodAdded = DomainEvent<'uas.payment-method-added', {
  user_guid: string;
  payment_method_id: string;
  kind: PaymentKind;
  token_hash: string;
  last4: string;
  brand: string | null;
  label: string | null;
  added_at: string;
}>;
export type PaymentMethodRemoved = DomainEvent<'uas.payment-method-removed', { user_guid: string; payment_method_id: string }>;
export type PaymentMethodsReordered = DomainEvent<'uas.payment-methods-reordered', { user_guid: string; order: string[] }>;

export type UserEvent =
  | UserCreated | EmailVerified | VerificationIssued | PasscodeSet | PasscodeResetIssued
  | PaymentMethodAdded | PaymentMethodRemoved | PaymentMethodsReordered;

const stream = 'platform/uas.user/<user_guid>';
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const obj = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', required, properties });

export const userEvents = [
  defineEvent({
    type: 'uas.user-created', version: 1, stream,
    description: 'A user account was created (email not yet verified unless followed by uas.email-verified).',
    schema: obj(['user_guid', 'email', 'created_at'], {
      user_guid: str, email: str, verification_token_hash: nullableStr, verification_expires_at: nullableStr, created_at: str,
    }),
  }),
  defineEvent({
    type: 'uas.email-verified', version: 1, stream,
    description: 'The user proved ownership of the email (token) or an operator vouched for it.',
    schema: obj(['user_guid', 'email', 'method', 'verified_at'], { user_guid: str, email: str, method: { enum: ['token', 'operator'] }, verified_at: str }),
  }),
  defineEvent({
    type: 'uas.verification-issued', version: 1, stream,
    description: 'A new email verification token replaced the previous one (resend).',
    schema: obj(['user_guid', 'token_hash', 'expires_at'], { user_guid: str, token_hash: str, expires_at: str }),
  }),
  defineEvent({
    type: 'uas.passcode-set', version: 1, stream,
    description: 'The passcode changed; the hash lives in the credential vault, never in the log.',
    schema: obj(['user_guid', 'passcode_version', 'credential_id', 'via', 'set_at'], {
      user_guid: str, passcode_version: { type: 'integer', minimum: 1 }, credential_id: str, via: { enum: ['set', 'reset'] }, set_at: str,
    }),
  }),
  defineEvent({
    type: 'uas.passcode-reset-issued', version: 1, stream,
    description: 'A passcode reset token was issued.',
    schema: obj(['user_guid', 'token_hash', 'expires_at'], { user_guid: str, token_hash: str, expires_at: str }),
  }),
  defineEvent({
    type: 'uas.payment-method-added', version: 1, stream,
    description: 'A payment method was stored (token as SHA-256 and last4 only).',
    schema: obj(['user_guid', 'payment_method_id', 'kind', 'token_hash', 'last4', 'added_at'], {
      user_guid: str, payment_method_id: str, kind: { enum: ['card', 'bank', 'wallet'] }, token_hash: str, last4: str,
      brand: nullableStr, label: nullableStr, added_at: str,
    }),
  }),
  defineEvent({
    type: 'uas.payment-method-removed', version: 1, stream,
    description: 'A payment method was removed; the others keep their relative order.',
    schema: obj(['user_guid', 'payment_method_id'], { user_guid: str, payment_method_id: str }),
  }),
  defineEvent({
    type: 'uas.payment-methods-reordered', version: 1, stream,
    description: 'Payment method priorities were set; the first is the primary.',
    schema: obj(['user_guid', 'order'], { user_guid: str, order: { type: 'array', items: str } }),
  }),
];

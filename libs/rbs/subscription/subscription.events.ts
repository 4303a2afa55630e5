// Subscription events. The signing secret lives in the vault (only its reference and last 4 characters here) and
// the verification token only as its SHA-256: neither plaintext ever reaches the log.
import { defineEvent, DomainEvent } from '@g3n/es';
import type { EventFilter, TransportSpec } from '@g3n/delivery';

export type SubscriptionStatus = 'pending_verification' | 'active' | 'paused' | 'disabled' | 'unregistered';

export type SubscriptionRegistered = DomainEvent<'rbs.subscription-registered', {
  org_guid: string; subscription_id: string; caption: string | null; transport: TransportSpec; filters: EventFilter[];
  secret_ref: string; secret_last4: string; registered_at: string;
}>;
export type VerificationIssued = DomainEvent<'rbs.subscription-verification-issued', {
  org_guid: string; subscription_id: string; token_hash: string; expires_at: string; issued_at: string;
}>;
export type VerificationAttempted = DomainEvent<'rbs.subscription-verification-attempted', {
  org_guid: string; subscription_id: string; outcome: 'delivered' | 'failed'; status_code: number | null; error: string | null; attempted_at: string;
}>;
export type SubscriptionVerified = DomainEvent<'rbs.subscription-verified', { org_guid: string; subscription_id: string; verified_at: string }>;
export type SubscriptionUpdated = DomainEvent<'rbs.subscription-updated', {
  org_guid: string; subscription_id: string;
  changes: { caption?: string | null; transport?: TransportSpec; filters?: EventFilter[] };
  updated_at: string;
}>;
export type SubscriptionStatusSet = DomainEvent<'rbs.subscription-status-set', {
  org_guid: string; subscription_id: string; status: 'active' | 'paused' | 'disabled'; previous_status: SubscriptionStatus;
  by: 'caller' | 'delivery-engine'; note: string | null; at: string;
}>;
export type SubscriptionUnregistered = DomainEvent<'rbs.subscription-unregistered', { org_guid: string; subscription_id: string; unregistered_at: string }>;

export type SubscriptionEvent =
  | SubscriptionRegistered | VerificationIssued | VerificationAttempted | SubscriptionVerified
  | SubscriptionUpdated | SubscriptionStatusSet | SubscriptionUnregistered;

const stream = '<org_guid>/rbs.subscription/<subscription_id>';
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const filters = {
  type: 'array', minItems: 1,
  items: { type: 'object', required: ['service'], properties: { service: str, action_prefix: str } },
};
const transport = {
  type: 'object', required: ['type'],
  properties: { type: { enum: ['http', 'sqs'] }, url: str, queue_url: str, region: str, endpoint: str },
};
const ids = { org_guid: str, subscription_id: str };

export const subscriptionEvents = [
  defineEvent({
    type: 'rbs.subscription-registered', version: 1, stream, description: 'A partner subscription was registered, waiting for verification.',
    schema: {
      type: 'object', required: ['org_guid', 'subscription_id', 'transport', 'filters', 'secret_ref', 'secret_last4', 'registered_at'],
      properties: { ...ids, caption: nullableStr, transport, filters, secret_ref: str, secret_last4: str, registered_at: str },
    },
  }),
  defineEvent({
    type: 'rbs.subscription-verification-issued', version: 1, stream, description: 'A verification token (stored as its SHA-256) was issued for delivery to the target.',
    schema: { type: 'object', required: ['org_guid', 'subscription_id', 'token_hash', 'expires_at', 'issued_at'], properties: { ...ids, token_hash: str, expires_at: str, issued_at: str } },
  }),
  defineEvent({
    type: 'rbs.subscription-verification-attempted', version: 1, stream, description: 'The verification message was sent to the target (delivered or failed).',
    schema: {
      type: 'object', required: ['org_guid', 'subscription_id', 'outcome', 'attempted_at'],
      properties: { ...ids, outcome: { enum: ['delivered', 'failed'] }, status_code: { type: ['integer', 'null'] }, error: nullableStr, attempted_at: str },
    },
  }),
  defineEvent({
    type: 'rbs.subscription-verified', version: 1, stream, description: 'The partner returned the verification token: live deliveries start after this event.',
    schema: { type: 'object', required: ['org_guid', 'subscription_id', 'verified_at'], properties: { ...ids, verified_at: str } },
  }),
  defineEvent({
    type: 'rbs.subscription-updated', version: 1, stream, description: 'Caption, target or filters changed (a new target needs verification again).',
    schema: {
      type: 'object', required: ['org_guid', 'subscription_id', 'changes', 'updated_at'],
      properties: { ...ids, changes: { type: 'object', properties: { caption: nullableStr, transport, filters } }, updated_at: str },
    },
  }),
  defineEvent({
    type: 'rbs.subscription-status-set', version: 1, stream, description: 'The subscription was activated, paused or disabled (by the caller or the delivery engine).',
    schema: {
      type: 'object', required: ['org_guid', 'subscription_id', 'status', 'previous_status', 'by', 'at'],
      properties: {
        ...ids, status: { enum: ['active', 'paused', 'disabled'] }, previous_status: str, by: { enum: ['caller', 'delivery-engine'] }, note: nullableStr, at: str,
      },
    },
  }),
  defineEvent({
    type: 'rbs.subscription-unregistered', version: 1, stream, description: 'The subscription was removed; nothing is delivered to it again.',
    schema: { type: 'object', required: ['org_guid', 'subscription_id', 'unregistered_at'], properties: { ...ids, unregistered_at: str } },
  }),
];

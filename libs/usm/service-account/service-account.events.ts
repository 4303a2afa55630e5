import { defineEvent, DomainEvent } from '@g3n/es';

export type ServiceAccountStatus = 'active' | 'disabled';

export type ServiceAccountCreated = DomainEvent<'usm.service-account-created', {
  org_guid: string; service_account_id: string; caption: string; description: string | null; created_at: string;
}>;
export type ServiceAccountStatusSet = DomainEvent<'usm.service-account-status-set', {
  org_guid: string; service_account_id: string; status: ServiceAccountStatus; previous_status: ServiceAccountStatus; at: string;
}>;
/** revoke_all: every key of the account issued before this event stops validating (one event, fail-closed). */
export type ServiceAccountKeysRevoked = DomainEvent<'usm.service-account-keys-revoked', {
  org_guid: string; service_account_id: string; revoked_at: string;
}>;
export type ServiceAccountEvent = ServiceAccountCreated | ServiceAccountStatusSet | ServiceAccountKeysRevoked;

const stream = '<org_guid>/usm.service-account/<service_account_id>';
const str = { type: 'string' };
const status = { enum: ['active', 'disabled'] };

export const serviceAccountEvents = [
  defineEvent({
    type: 'usm.service-account-created', version: 1, stream, description: 'An org-bound service account was created (active).',
    schema: {
      type: 'object', required: ['org_guid', 'service_account_id', 'caption', 'created_at'],
      properties: { org_guid: str, service_account_id: str, caption: str, description: { type: ['string', 'null'] }, created_at: str },
    },
  }),
  defineEvent({
    type: 'usm.service-account-status-set', version: 1, stream, description: 'A service account was enabled or disabled; a disabled account\'s keys do not validate.',
    schema: {
      type: 'object', required: ['org_guid', 'service_account_id', 'status', 'previous_status', 'at'],
      properties: { org_guid: str, service_account_id: str, status, previous_status: status, at: str },
    },
  }),
  defineEvent({
    type: 'usm.service-account-keys-revoked', version: 1, stream, description: 'Every API key of the service account issued before this event was revoked.',
    schema: { type: 'object', required: ['org_guid', 'service_account_id', 'revoked_at'], properties: { org_guid: str, service_account_id: str, revoked_at: str } },
  }),
];

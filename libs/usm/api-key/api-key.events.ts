// API key events: the plaintext key never appears, only its SHA-256 (hex) and last 4 characters.
import { defineEvent, DomainEvent } from '@g3n/es';

export type ApiKeyCreated = DomainEvent<'usm.api-key-created', {
  org_guid: string; api_key_id: string; service_account_id: string; caption: string | null; role_profiles: string[];
  key_hash: string; last4: string; expires_at: string | null; created_at: string;
}>;
export type ApiKeyPolicySet = DomainEvent<'usm.api-key-policy-set', { org_guid: string; api_key_id: string; role_profiles: string[]; at: string }>;
export type ApiKeyRevoked = DomainEvent<'usm.api-key-revoked', { org_guid: string; api_key_id: string; service_account_id: string; revoked_at: string }>;
export type ApiKeyEvent = ApiKeyCreated | ApiKeyPolicySet | ApiKeyRevoked;

/** revoke_all_org: one event on the org's `usm.org-api-keys` stream; every key issued before it stops validating. */
export type OrgApiKeysRevoked = DomainEvent<'usm.org-api-keys-revoked', { org_guid: string; revoked_at: string }>;

const stream = '<org_guid>/usm.api-key/<api_key_id>';
const str = { type: 'string' };
const profiles = { type: 'array', items: str };

export const apiKeyEvents = [
  defineEvent({
    type: 'usm.api-key-created', version: 1, stream, description: 'An API key was issued to a service account (hash and last4 only).',
    schema: {
      type: 'object', required: ['org_guid', 'api_key_id', 'service_account_id', 'role_profiles', 'key_hash', 'last4', 'created_at'],
      properties: {
        org_guid: str, api_key_id: str, service_account_id: str, caption: { type: ['string', 'null'] }, role_profiles: profiles,
        key_hash: str, last4: str, expires_at: { type: ['string', 'null'] }, created_at: str,
      },
    },
  }),
  defineEvent({
    type: 'usm.api-key-policy-set', version: 1, stream, description: 'The role profiles an API key grants were replaced.',
    schema: { type: 'object', required: ['org_guid', 'api_key_id', 'role_profiles', 'at'], properties: { org_guid: str, api_key_id: str, role_profiles: profiles, at: str } },
  }),
  defineEvent({
    type: 'usm.api-key-revoked', version: 1, stream, description: 'An API key was revoked.',
    schema: { type: 'object', required: ['org_guid', 'api_key_id', 'service_account_id', 'revoked_at'], properties: { org_guid: str, api_key_id: str, service_account_id: str, revoked_at: str } },
  }),
  defineEvent({
    type: 'usm.org-api-keys-revoked', version: 1, stream: '<org_guid>/usm.org-api-keys/<org_guid>',
    description: 'Every API key of the org issued before this event was revoked (fail-closed marker).',
    schema: { type: 'object', required: ['org_guid', 'revoked_at'], properties: { org_guid: str, revoked_at: str } },
  }),
];

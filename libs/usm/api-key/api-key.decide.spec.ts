import { given } from '@g3n/es';
import { apiKeyDecider, orgApiKeysDecider } from './api-key.decide';
import type { ApiKeyEvent } from './api-key.events';

const now = '2026-01-01T00:00:00.000Z';
const create = {
  kind: 'create' as const, org_guid: 'o1', api_key_id: 'k1', service_account_id: 'sa1', caption: null, role_profiles: ['pvv'],
  key_hash: 'abc', last4: 'wxyz', expires_at: null, now,
};
const created: ApiKeyEvent = {
  type: 'usm.api-key-created',
  data: { org_guid: 'o1', api_key_id: 'k1', service_account_id: 'sa1', caption: null, role_profiles: ['pvv'], key_hash: 'abc', last4: 'wxyz', expires_at: null, created_at: now },
};
const revoked: ApiKeyEvent = { type: 'usm.api-key-revoked', data: { org_guid: 'o1', api_key_id: 'k1', service_account_id: 'sa1', revoked_at: now } };

describe('api key decider', () => {
  it('creates once', () => {
    given(apiKeyDecider, []).when(create).then([created]);
    given(apiKeyDecider, [created]).when(create).thenRejects('invalid-state', 'api-key-exists');
  });

  it('sets policy and revokes while active; nothing after revoke', () => {
    given(apiKeyDecider, [created]).when({ kind: 'set-policy', role_profiles: ['org_view'], now })
      .then([{ type: 'usm.api-key-policy-set', data: { org_guid: 'o1', api_key_id: 'k1', role_profiles: ['org_view'], at: now } }]);
    given(apiKeyDecider, [created]).when({ kind: 'revoke', now }).then([revoked]);
    given(apiKeyDecider, [created, revoked]).when({ kind: 'revoke', now }).thenRejects('invalid-state', 'api-key-revoked');
    given(apiKeyDecider, [created, revoked]).when({ kind: 'set-policy', role_profiles: [], now }).thenRejects('invalid-state', 'api-key-revoked');
    given(apiKeyDecider, []).when({ kind: 'revoke', now }).thenRejects('not-found', 'api-key-not-found');
  });

  it('org revoke-all is one marker event each time', () => {
    given(orgApiKeysDecider, []).when({ kind: 'revoke-all', org_guid: 'o1', now }).then([{ type: 'usm.org-api-keys-revoked', data: { org_guid: 'o1', revoked_at: now } }]);
  });
});

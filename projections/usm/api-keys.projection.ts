import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export const USM_API_KEYS = 'usm_api_keys';
export const USM_ORG_KEY_REVOCATIONS = 'usm_org_key_revocations';

export interface ApiKeyDoc extends Doc {
  org_guid: string;
  orgcode: string | null;
  api_key_id: string;
  service_account_id: string;
  caption: string | null;
  role_profiles: string[];
  /** SHA-256 hex of the plaintext: how the directory finds a key. Never returned by the API. */
  key_hash: string;
  last4: string;
  status: 'active' | 'revoked';
  expires_at: string | null;
  revoked_at: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  /** Log position of the key's creation: compared with the org and service-account revoke markers. */
  created_position: number;
}

export interface OrgKeyRevocationDoc extends Doc {
  org_guid: string;
  revoked_position: number;
  revoked_at: string;
}

export const usmApiKeysProjection: ProjectionDefinition = {
  name: 'usm.api-keys',
  version: 1,
  collections: [
    { name: USM_API_KEYS, indexes: [{ fields: ['key_hash'], unique: true }, { fields: ['org_guid', '-created_at'] }, { fields: ['service_account_id'] }] },
    { name: USM_ORG_KEY_REVOCATIONS },
  ],
  handlers: {
    'usm.api-key-created': (e, ctx) => {
      const d = e.data as {
        org_guid: string; api_key_id: string; service_account_id: string; caption: string | null; role_profiles: string[];
        key_hash: string; last4: string; expires_at: string | null; created_at: string;
      };
      ctx.put<ApiKeyDoc>(USM_API_KEYS, {
        _id: d.api_key_id, org_guid: d.org_guid, orgcode: e.metadata.orgcode ?? null, api_key_id: d.api_key_id, service_account_id: d.service_account_id,
        caption: d.caption ?? null, role_profiles: d.role_profiles, key_hash: d.key_hash, last4: d.last4, status: 'active',
        expires_at: d.expires_at ?? null, revoked_at: null, revision: e.revision, created_at: d.created_at, updated_at: d.created_at,
        created_position: e.position,
      });
    },
    'usm.api-key-policy-set': (e, ctx) =>
      ctx.update<ApiKeyDoc>(USM_API_KEYS, String(e.data.api_key_id), (doc) =>
        doc && { ...doc, role_profiles: e.data.role_profiles as string[], revision: e.revision, updated_at: String(e.data.at) }),
    'usm.api-key-revoked': (e, ctx) =>
      ctx.update<ApiKeyDoc>(USM_API_KEYS, String(e.data.api_key_id), (doc) =>
        doc && { ...doc, status: 'revoked', revoked_at: String(e.data.revoked_at), revision: e.revision, updated_at: String(e.data.revoked_at) }),
    'usm.org-api-keys-revoked': (e, ctx) =>
      ctx.put<OrgKeyRevocationDoc>(USM_ORG_KEY_REVOCATIONS, {
        _id: String(e.data.org_guid), org_guid: String(e.data.org_guid), revoked_position: e.position, revoked_at: String(e.data.revoked_at),
      }),
  },
};

/** A key's status after the revoke markers: what the directory and the list answer. */
export function effectiveKeyStatus(
  key: ApiKeyDoc, org: OrgKeyRevocationDoc | null, account: { keys_revoked_position: number } | null,
): { status: 'active' | 'revoked'; revoked_by: 'key' | 'service-account' | 'org' | null } {
  if (key.status === 'revoked') return { status: 'revoked', revoked_by: 'key' };
  if (account && key.created_position < account.keys_revoked_position) return { status: 'revoked', revoked_by: 'service-account' };
  if (org && key.created_position < org.revoked_position) return { status: 'revoked', revoked_by: 'org' };
  return { status: 'active', revoked_by: null };
}

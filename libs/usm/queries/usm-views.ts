import { notFound } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { ApiKeyDoc, effectiveKeyStatus, OrgKeyRevocationDoc, USM_API_KEYS, USM_ORG_KEY_REVOCATIONS } from '../../../projections/usm/api-keys.projection';
import { ServiceAccountDoc, USM_SERVICE_ACCOUNTS } from '../../../projections/usm/service-accounts.projection';
import type { ApiKey } from '../api/dto/api-key.dto';
import type { ServiceAccount } from '../api/dto/service-account.dto';

export function serviceAccountView(doc: ServiceAccountDoc): ServiceAccount {
  const { org_guid, orgcode, service_account_id, caption, description, status, keys_revoked_at, revision, created_at, updated_at } = doc;
  return { service_account_id, org_guid, orgcode, caption, description, status, keys_revoked_at, revision, created_at, updated_at };
}

/** The key without its hash, its status made effective (revoke markers, expiry). */
export function apiKeyView(doc: ApiKeyDoc, org: OrgKeyRevocationDoc | null, account: ServiceAccountDoc | null, now: Date): ApiKey {
  const effective = effectiveKeyStatus(doc, org, account);
  const expired = effective.status === 'active' && doc.expires_at !== null && Date.parse(doc.expires_at) <= now.getTime();
  return {
    api_key_id: doc.api_key_id, service_account_id: doc.service_account_id, org_guid: doc.org_guid, orgcode: doc.orgcode, caption: doc.caption,
    role_profiles: doc.role_profiles, last4: doc.last4, status: expired ? 'expired' : effective.status, revoked_by: effective.revoked_by,
    expires_at: doc.expires_at, revoked_at: doc.revoked_at, revision: doc.revision, created_at: doc.created_at, updated_at: doc.updated_at,
  };
}

/** One service account of the org, or 404 (another org's account is "not found" too). */
export async function serviceAccountOf(runtime: Runtime, orgGuid: string, id: string): Promise<ServiceAccountDoc> {
  const doc = await runtime.readModels.collection<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS).get(id);
  if (!doc || doc.org_guid !== orgGuid) throw notFound('service-account-not-found', 'No such service account.');
  return doc;
}

export async function apiKeyOf(runtime: Runtime, orgGuid: string, id: string): Promise<ApiKey> {
  const doc = await runtime.readModels.collection<ApiKeyDoc>(USM_API_KEYS).get(id);
  if (!doc || doc.org_guid !== orgGuid) throw notFound('api-key-not-found', 'No such API key.');
  const [org, account] = await Promise.all([
    runtime.readModels.collection<OrgKeyRevocationDoc>(USM_ORG_KEY_REVOCATIONS).get(orgGuid),
    runtime.readModels.collection<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS).get(doc.service_account_id),
  ]);
  return apiKeyView(doc, org, account, runtime.clock.now());
}

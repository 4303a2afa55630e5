import type { ApiKeyRecord, Runtime } from '@g3n/platform';
import { ApiKeyDoc, effectiveKeyStatus, OrgKeyRevocationDoc, USM_API_KEYS, USM_ORG_KEY_REVOCATIONS } from '../../../projections/usm/api-keys.projection';
import { ServiceAccountDoc, USM_SERVICE_ACCOUNTS } from '../../../projections/usm/service-accounts.projection';

/** The key behind a hash with its effective status (own revoke, service-account revoke_all, org revoke_all). */
export async function apiKeyByHash(runtime: Runtime, keyHash: string): Promise<(ApiKeyRecord & { orgcode: string | null }) | null> {
  const page = await runtime.readModels.collection<ApiKeyDoc>(USM_API_KEYS).find({ key_hash: keyHash }, { limit: 1 });
  const key = page.items[0];
  if (!key) return null;
  const [org, account] = await Promise.all([
    runtime.readModels.collection<OrgKeyRevocationDoc>(USM_ORG_KEY_REVOCATIONS).get(key.org_guid),
    runtime.readModels.collection<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS).get(key.service_account_id),
  ]);
  return {
    api_key_id: key.api_key_id, service_account_id: key.service_account_id, org_guid: key.org_guid, orgcode: key.orgcode,
    status: effectiveKeyStatus(key, org, account).status, role_profiles: key.role_profiles, expires_at: key.expires_at,
  };
}

/** A missing service account counts as inactive (fail-closed). */
export async function serviceAccountIsActive(runtime: Runtime, serviceAccountId: string): Promise<boolean> {
  const account = await runtime.readModels.collection<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS).get(serviceAccountId);
  return account?.status === 'active';
}

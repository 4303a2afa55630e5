import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export const USM_SERVICE_ACCOUNTS = 'usm_service_accounts';

export interface ServiceAccountDoc extends Doc {
  org_guid: string;
  orgcode: string | null;
  service_account_id: string;
  caption: string;
  description: string | null;
  status: 'active' | 'disabled';
  /** Log position of the latest revoke_all: keys created before it are revoked. 0 = never. */
  keys_revoked_position: number;
  keys_revoked_at: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

export const usmServiceAccountsProjection: ProjectionDefinition = {
  name: 'usm.service-accounts',
  version: 1,
  collections: [{ name: USM_SERVICE_ACCOUNTS, indexes: [{ fields: ['org_guid', '-created_at'] }] }],
  handlers: {
    'usm.service-account-created': (e, ctx) => {
      const d = e.data as { org_guid: string; service_account_id: string; caption: string; description: string | null; created_at: string };
      ctx.put<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS, {
        _id: d.service_account_id, org_guid: d.org_guid, orgcode: e.metadata.orgcode ?? null, service_account_id: d.service_account_id,
        caption: d.caption, description: d.description, status: 'active', keys_revoked_position: 0, keys_revoked_at: null,
        revision: e.revision, created_at: d.created_at, updated_at: d.created_at,
      });
    },
    'usm.service-account-status-set': (e, ctx) =>
      ctx.update<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS, String(e.data.service_account_id), (doc) =>
        doc && { ...doc, status: e.data.status as ServiceAccountDoc['status'], revision: e.revision, updated_at: String(e.data.at) }),
    'usm.service-account-keys-revoked': (e, ctx) =>
      ctx.update<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS, String(e.data.service_account_id), (doc) =>
        doc && { ...doc, keys_revoked_position: e.position, keys_revoked_at: String(e.data.revoked_at), revision: e.revision, updated_at: String(e.data.revoked_at) }),
  },
};

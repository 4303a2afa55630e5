import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RUNTIME, Runtime } from '@g3n/platform';
import { ApiKeyDoc, OrgKeyRevocationDoc, USM_API_KEYS, USM_ORG_KEY_REVOCATIONS } from '../../../projections/usm/api-keys.projection';
import { ServiceAccountDoc, USM_SERVICE_ACCOUNTS } from '../../../projections/usm/service-accounts.projection';
import type { ApiKey } from '../api/dto/api-key.dto';
import { apiKeyView } from './usm-views';

export class ListApiKeysQuery {
  constructor(readonly orgGuid: string, readonly limit = 50, readonly nextToken?: string, readonly serviceAccountId?: string, readonly status?: string) {}
}

/** The org's keys, newest first, with effective status; `status` filters on it after the page is read. */
@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery, { items: ApiKey[]; next_token: string | null }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListApiKeysQuery) {
    const page = await this.runtime.readModels.collection<ApiKeyDoc>(USM_API_KEYS).find(
      { org_guid: q.orgGuid, ...(q.serviceAccountId ? { service_account_id: q.serviceAccountId } : {}) },
      { sort: [{ field: 'created_at', direction: 'desc' }, { field: '_id', direction: 'desc' }], limit: q.limit, cursor: q.nextToken },
    );
    const org = await this.runtime.readModels.collection<OrgKeyRevocationDoc>(USM_ORG_KEY_REVOCATIONS).get(q.orgGuid);
    const accountIds = [...new Set(page.items.map((k) => k.service_account_id))];
    const accounts = new Map((await this.runtime.readModels.collection<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS).getMany(accountIds)).map((a) => [a._id, a]));
    const now = this.runtime.clock.now();
    const items = page.items.map((k) => apiKeyView(k, org, accounts.get(k.service_account_id) ?? null, now));
    return { items: q.status ? items.filter((k) => k.status === q.status) : items, next_token: page.next_cursor ?? null };
  }
}

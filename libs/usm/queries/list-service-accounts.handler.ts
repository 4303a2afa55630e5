import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RUNTIME, Runtime } from '@g3n/platform';
import { ServiceAccountDoc, USM_SERVICE_ACCOUNTS } from '../../../projections/usm/service-accounts.projection';
import type { ServiceAccount } from '../api/dto/service-account.dto';
import { serviceAccountView } from './usm-views';

export class ListServiceAccountsQuery {
  constructor(readonly orgGuid: string, readonly limit = 50, readonly nextToken?: string, readonly status?: string) {}
}

@QueryHandler(ListServiceAccountsQuery)
export class ListServiceAccountsHandler implements IQueryHandler<ListServiceAccountsQuery, { items: ServiceAccount[]; next_token: string | null }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListServiceAccountsQuery) {
    const page = await this.runtime.readModels.collection<ServiceAccountDoc>(USM_SERVICE_ACCOUNTS).find(
      { org_guid: q.orgGuid, ...(q.status ? { status: q.status } : {}) },
      { sort: [{ field: 'created_at', direction: 'desc' }, { field: '_id', direction: 'desc' }], limit: q.limit, cursor: q.nextToken },
    );
    return { items: page.items.map(serviceAccountView), next_token: page.next_cursor ?? null };
  }
}

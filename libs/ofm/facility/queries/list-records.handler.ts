import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { FieldCondition, Scalar } from '@g3n/docstore';
import { pageOfOrgRecords, RUNTIME, Runtime } from '@g3n/platform';

export interface RecordPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** A page of one org's records, filtered (undefined criteria are ignored) and ordered by `sortField`, then guid. */
export class ListRecordsQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    /** Criteria left undefined are ignored by the store. */
    readonly filter: Record<string, Scalar | FieldCondition | undefined>,
    readonly sortField: string,
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(ListRecordsQuery)
export class ListRecordsHandler implements IQueryHandler<ListRecordsQuery, RecordPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListRecordsQuery): Promise<RecordPage> {
    return pageOfOrgRecords(this.runtime, {
      collection: q.collection, org_guid: q.orgGuid, filter: q.filter, sort: [{ field: q.sortField, direction: 'asc' }], limit: q.limit, next_token: q.nextToken,
    });
  }
}

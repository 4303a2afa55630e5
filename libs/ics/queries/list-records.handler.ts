import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Scalar, SortField } from '@g3n/docstore';
import { pageOfOrgRecords, RUNTIME, Runtime } from '@g3n/platform';

export interface IcsPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** A page of one org's ICS records, filtered by equality (undefined criteria ignored), in `sort` order. */
export class ListIcsRecordsQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    readonly filter: Record<string, Scalar | undefined>,
    readonly sort: SortField[],
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(ListIcsRecordsQuery)
export class ListIcsRecordsHandler implements IQueryHandler<ListIcsRecordsQuery, IcsPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListIcsRecordsQuery): Promise<IcsPage> {
    return pageOfOrgRecords(this.runtime, { collection: q.collection, org_guid: q.orgGuid, filter: q.filter, sort: q.sort, limit: q.limit, next_token: q.nextToken });
  }
}

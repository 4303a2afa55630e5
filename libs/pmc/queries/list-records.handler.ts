import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc, FieldCondition, Filter, Scalar, SortField } from '@g3n/docstore';
import { Runtime, RUNTIME, toRecord } from '@g3n/platform';

export interface RecordPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** A page of one org's PMC records, filtered (undefined criteria are ignored) and sorted. */
export class ListPmcRecordsQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    readonly filter: Record<string, Scalar | FieldCondition | undefined>,
    readonly sort: SortField[],
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(ListPmcRecordsQuery)
export class ListPmcRecordsHandler implements IQueryHandler<ListPmcRecordsQuery, RecordPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListPmcRecordsQuery): Promise<RecordPage> {
    const collection = this.runtime.readModels.collection<Doc>(q.collection);
    // An unknown next_token raises InvalidCursorError, which the platform answers as 400 naming the field.
    const page = await collection.find({ ...q.filter, org_guid: q.orgGuid } as Filter, { sort: q.sort, limit: q.limit, cursor: q.nextToken });
    return { items: page.items.map(toRecord), next_token: page.next_cursor ?? null };
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc, FieldCondition, Filter, Scalar } from '@g3n/docstore';
import { validationError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { toRecord } from './records';

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
    const collection = this.runtime.readModels.collection<Doc>(q.collection);
    const options = { sort: [{ field: q.sortField, direction: 'asc' as const }], limit: q.limit, cursor: q.nextToken };
    try {
      const page = await collection.find({ ...q.filter, org_guid: q.orgGuid } as Filter, options);
      return { items: page.items.map(toRecord), next_token: page.next_cursor ?? null };
    } catch (error) {
      // The store refuses a cursor it did not issue for this query; that is the client's token, not our fault.
      if (q.nextToken && error instanceof Error && /cursor/.test(error.message)) {
        throw validationError('invalid-next-token', 'next_token does not belong to this list.', { fields: [{ field: 'next_token', reason: 'invalid' }] });
      }
      throw error;
    }
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Doc, FieldCondition, Filter, InvalidCursorError, Scalar } from '@g3n/docstore';
import { notFound, validationError } from '@g3n/es';
import { orgRecordDoc, RUNTIME, Runtime, toRecord } from '@g3n/platform';

export interface RecordPage<T = Record<string, unknown>> {
  items: T[];
  next_token: string | null;
}


/**
 * One CRM record of the caller's org by id; another org's record is as absent as a missing one. `missing` is the
 * 404 minor tag, or null to answer null instead.
 */
export class GetCrmRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string | null) {}
}

@QueryHandler(GetCrmRecordQuery)
export class GetCrmRecordHandler implements IQueryHandler<GetCrmRecordQuery, Record<string, unknown> | null> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetCrmRecordQuery): Promise<Record<string, unknown> | null> {
    const doc = await orgRecordDoc(this.runtime, q.collection, q.orgGuid, q.id);
    if (doc) return toRecord(doc);
    if (q.missing === null) return null;
    throw notFound(q.missing, 'Not found.');
  }
}

/** A page of one org's records; undefined criteria are ignored; ordered by `sortField`, then id. */
export class ListCrmRecordsQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    readonly filter: Record<string, Scalar | FieldCondition | undefined>,
    readonly sortField: string,
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(ListCrmRecordsQuery)
export class ListCrmRecordsHandler implements IQueryHandler<ListCrmRecordsQuery, RecordPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListCrmRecordsQuery): Promise<RecordPage> {
    const filter = Object.fromEntries(Object.entries({ ...q.filter, org_guid: q.orgGuid }).filter(([, v]) => v !== undefined)) as Filter;
    try {
      const page = await this.runtime.readModels.collection<Doc>(q.collection).find(filter, { sort: [{ field: q.sortField, direction: 'asc' }], limit: q.limit, cursor: q.nextToken });
      return { items: page.items.map(toRecord), next_token: page.next_cursor ?? null };
    } catch (error) {
      if (q.nextToken && (error instanceof InvalidCursorError || (error instanceof Error && /cursor/.test(error.message)))) {
        throw validationError('invalid-next-token', 'next_token does not belong to this list.', { fields: [{ field: 'next_token', reason: 'invalid' }] });
      }
      throw error;
    }
  }
}

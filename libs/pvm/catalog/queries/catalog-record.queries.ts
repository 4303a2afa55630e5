import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc, FieldCondition, Filter, Scalar } from '@g3n/docstore';
import { notFound, validationError } from '@g3n/es';
import { orgRecordDoc, RUNTIME, Runtime, toRecord } from '@g3n/platform';


/**
 * One catalog record of the caller's org by id; another org's record (or, for taxonomy, another kind's node) is
 * as absent as a missing one.
 */
export class GetCatalogRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string, readonly match: Record<string, string> = {}) {}
}

@QueryHandler(GetCatalogRecordQuery)
export class GetCatalogRecordHandler implements IQueryHandler<GetCatalogRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetCatalogRecordQuery): Promise<Record<string, unknown>> {
    const doc = await orgRecordDoc(this.runtime, q.collection, q.orgGuid, q.id);
    if (!doc || !Object.entries(q.match).every(([field, value]) => doc[field] === value)) throw notFound(q.missing, 'Not found.');
    return toRecord(doc);
  }
}

export interface CatalogPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** A page of one org's records, filtered (undefined criteria ignored), ordered by code then id. */
export class ListCatalogRecordsQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    readonly filter: Record<string, Scalar | FieldCondition | undefined>,
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(ListCatalogRecordsQuery)
export class ListCatalogRecordsHandler implements IQueryHandler<ListCatalogRecordsQuery, CatalogPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListCatalogRecordsQuery): Promise<CatalogPage> {
    const options = { sort: [{ field: 'code', direction: 'asc' as const }], limit: q.limit, cursor: q.nextToken };
    try {
      const page = await this.runtime.readModels.collection<Doc>(q.collection).find({ ...q.filter, org_guid: q.orgGuid } as Filter, options);
      return { items: page.items.map(toRecord), next_token: page.next_cursor ?? null };
    } catch (error) {
      // The store refuses a cursor it did not issue for this query: that is the client's token, a 400.
      if (q.nextToken && error instanceof Error && /cursor/.test(error.message)) {
        throw validationError('invalid-next-token', 'next_token does not belong to this list.', { fields: [{ field: 'next_token', reason: 'invalid' }] });
      }
      throw error;
    }
  }
}

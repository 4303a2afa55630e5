import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { FieldCondition, Scalar } from '@g3n/docstore';
import { orgRecord, pageOfOrgRecords, Runtime, RUNTIME } from '@g3n/platform';


export interface RecordPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** One PPM record of the caller's org by document id; another org's record is as absent as a missing one. */
export class GetPpmRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(GetPpmRecordQuery)
export class GetPpmRecordHandler implements IQueryHandler<GetPpmRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetPpmRecordQuery): Promise<Record<string, unknown>> {
    return orgRecord(this.runtime, q.collection, q.orgGuid, q.id, q.missing);
  }
}

/** A page of one org's records, filtered (undefined criteria are ignored) and ordered by `sortField`, then id. */
export class ListPpmRecordsQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    readonly filter: Record<string, Scalar | FieldCondition | undefined>,
    readonly sortField: string,
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(ListPpmRecordsQuery)
export class ListPpmRecordsHandler implements IQueryHandler<ListPpmRecordsQuery, RecordPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListPpmRecordsQuery): Promise<RecordPage> {
    return pageOfOrgRecords(this.runtime, {
      collection: q.collection, org_guid: q.orgGuid, filter: q.filter, sort: [{ field: q.sortField, direction: 'asc' }], limit: q.limit, next_token: q.nextToken,
    });
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { orgRecord, Runtime, RUNTIME } from '@g3n/platform';

/** One Accounting record of the caller's org by read-model id; another org's record is as absent as a missing one. */
export class GetAccountingRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(GetAccountingRecordQuery)
export class GetAccountingRecordHandler implements IQueryHandler<GetAccountingRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetAccountingRecordQuery): Promise<Record<string, unknown>> {
    return orgRecord(this.runtime, q.collection, q.orgGuid, q.id, q.missing);
  }
}

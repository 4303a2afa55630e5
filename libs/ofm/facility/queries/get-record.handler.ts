import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { orgRecord, Runtime, RUNTIME } from '@g3n/platform';

/** One facility-side record of the caller's org by guid; another org's record is as absent as a missing one. */
export class GetRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(GetRecordQuery)
export class GetRecordHandler implements IQueryHandler<GetRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetRecordQuery): Promise<Record<string, unknown>> {
    return orgRecord(this.runtime, q.collection, q.orgGuid, q.id, q.missing);
  }
}

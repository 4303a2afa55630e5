import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { orgRecord, Runtime, RUNTIME } from '@g3n/platform';

/** One ICS record of the caller's org by read-model id; another org's record is as absent as a missing one. */
export class GetIcsRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(GetIcsRecordQuery)
export class GetIcsRecordHandler implements IQueryHandler<GetIcsRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetIcsRecordQuery): Promise<Record<string, unknown>> {
    return orgRecord(this.runtime, q.collection, q.orgGuid, q.id, q.missing);
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { orgRecord, Runtime, RUNTIME } from '@g3n/platform';

/** One IPM feed record (KPI snapshot or alert) of the caller's org; another org's is as absent as a missing one. */
export class GetFeedRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(GetFeedRecordQuery)
export class GetFeedRecordHandler implements IQueryHandler<GetFeedRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetFeedRecordQuery): Promise<Record<string, unknown>> {
    return orgRecord(this.runtime, q.collection, q.orgGuid, q.id, q.missing);
  }
}

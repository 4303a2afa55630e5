import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { orgRecord, Runtime, RUNTIME } from '@g3n/platform';

/** One PCM record of the caller's org by id; another org's record is as absent as a missing one. */
export class PcmGetQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(PcmGetQuery)
export class PcmGetHandler implements IQueryHandler<PcmGetQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: PcmGetQuery): Promise<Record<string, unknown>> {
    return orgRecord(this.runtime, q.collection, q.orgGuid, q.id, q.missing);
  }
}

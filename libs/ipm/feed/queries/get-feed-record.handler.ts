import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';

/** One IPM feed record (KPI snapshot or alert) of the caller's org; another org's is as absent as a missing one. */
export class GetFeedRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(GetFeedRecordQuery)
export class GetFeedRecordHandler implements IQueryHandler<GetFeedRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetFeedRecordQuery): Promise<Record<string, unknown>> {
    const doc = await this.runtime.readModels.collection<Doc>(q.collection).get(q.id);
    if (!doc || doc.org_guid !== q.orgGuid) throw notFound(q.missing, 'Not found.');
    const { _id, ...record } = doc;
    return record;
  }
}

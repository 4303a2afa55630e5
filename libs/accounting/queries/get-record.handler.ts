import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';

/** One Accounting record of the caller's org by read-model id; another org's record is as absent as a missing one. */
export class GetAccountingRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(GetAccountingRecordQuery)
export class GetAccountingRecordHandler implements IQueryHandler<GetAccountingRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetAccountingRecordQuery): Promise<Record<string, unknown>> {
    const doc = await this.runtime.readModels.collection<Doc>(q.collection).get(q.id);
    if (!doc || doc.org_guid !== q.orgGuid) throw notFound(q.missing, 'Not found.');
    const { _id, ...record } = doc;
    return record;
  }
}

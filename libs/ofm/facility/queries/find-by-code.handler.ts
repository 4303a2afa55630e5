import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc, Filter } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { Runtime, RUNTIME, toRecord } from '@g3n/platform';

/** The resolvers: one org's record whose code (and scope, e.g. logical_guid for zones) matches exactly. */
export class FindByCodeQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly filter: Filter, readonly missing: string) {}
}

@QueryHandler(FindByCodeQuery)
export class FindByCodeHandler implements IQueryHandler<FindByCodeQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: FindByCodeQuery): Promise<Record<string, unknown>> {
    const page = await this.runtime.readModels.collection<Doc>(q.collection).find({ ...q.filter, org_guid: q.orgGuid }, { limit: 1 });
    if (!page.items[0]) throw notFound(q.missing, 'Not found.');
    return toRecord(page.items[0]);
  }
}

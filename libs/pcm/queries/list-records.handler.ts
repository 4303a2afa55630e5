import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc, Filter, Scalar } from '@g3n/docstore';
import { RUNTIME, Runtime } from '@g3n/platform';

export interface PcmPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** A page of one org's records, newest first; undefined criteria are ignored. */
export class PcmListQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    readonly filter: Record<string, Scalar | undefined>,
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(PcmListQuery)
export class PcmListHandler implements IQueryHandler<PcmListQuery, PcmPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: PcmListQuery): Promise<PcmPage> {
    const filter = Object.fromEntries(Object.entries({ ...q.filter, org_guid: q.orgGuid }).filter(([, v]) => v !== undefined)) as Filter;
    const options = { sort: [{ field: 'created_at', direction: 'desc' as const }], limit: q.limit, cursor: q.nextToken };
    // An unknown next_token raises InvalidCursorError, which the platform answers as 400 naming the field.
    const page = await this.runtime.readModels.collection<Doc>(q.collection).find(filter, options);
    return { items: page.items.map(({ _id, ...record }) => record), next_token: page.next_cursor ?? null };
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc, FieldCondition, Filter, Scalar } from '@g3n/docstore';
import { RUNTIME, Runtime } from '@g3n/platform';
import { SCM_ORDERS } from '../../../projections/scm/orders.projection';
import type { OrderDoc } from '../../../projections/scm/orders.projection';
import { toChildRecord, toOrderRecord } from './records';

export interface RecordPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** A page of one org's SCM records; undefined criteria are ignored; newest first for orders, oldest first otherwise. */
export class ListScmRecordsQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    readonly filter: Record<string, Scalar | FieldCondition | undefined>,
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(ListScmRecordsQuery)
export class ListScmRecordsHandler implements IQueryHandler<ListScmRecordsQuery, RecordPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListScmRecordsQuery): Promise<RecordPage> {
    const orders = q.collection === SCM_ORDERS;
    const direction = orders ? 'desc' as const : 'asc' as const;
    const filter = Object.fromEntries(Object.entries({ ...q.filter, org_guid: q.orgGuid }).filter(([, v]) => v !== undefined)) as Filter;
    const page = await this.runtime.readModels.collection<Doc>(q.collection).find(filter, {
      sort: [{ field: 'created_at', direction }, { field: '_id', direction }], limit: q.limit, cursor: q.nextToken,
    });
    return { items: page.items.map((d) => (orders ? toOrderRecord(d as OrderDoc) : toChildRecord(d))), next_token: page.next_cursor ?? null };
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { SCM_ORDERS } from '../../../projections/scm/orders.projection';
import type { OrderDoc } from '../../../projections/scm/orders.projection';
import { toChildRecord, toOrderRecord } from './records';

/** One SCM record (order, shipment, tender, return) of the caller's org; another org's is as absent as a missing one. */
export class GetScmRecordQuery {
  constructor(readonly collection: string, readonly orgGuid: string, readonly id: string, readonly missing: string) {}
}

@QueryHandler(GetScmRecordQuery)
export class GetScmRecordHandler implements IQueryHandler<GetScmRecordQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetScmRecordQuery): Promise<Record<string, unknown>> {
    const doc = await this.runtime.readModels.collection<Doc>(q.collection).get(q.id);
    if (!doc || doc.org_guid !== q.orgGuid) throw notFound(q.missing, 'Not found.');
    return q.collection === SCM_ORDERS ? toOrderRecord(doc as OrderDoc) : toChildRecord(doc);
  }
}

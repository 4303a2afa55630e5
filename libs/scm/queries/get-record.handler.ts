import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { orgRecordDoc, RUNTIME, Runtime } from '@g3n/platform';
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
    const doc = await orgRecordDoc(this.runtime, q.collection, q.orgGuid, q.id);
    if (!doc) throw notFound(q.missing, 'Not found.');
    return q.collection === SCM_ORDERS ? toOrderRecord(doc as OrderDoc) : toChildRecord(doc);
  }
}

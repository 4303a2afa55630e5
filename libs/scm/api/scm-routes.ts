import type { MajorTag } from '@g3n/es';
import type { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@g3n/platform';
import { GetScmRecordQuery } from '../queries/get-record.handler';

/** What every SCM route shares. */
export const SCM = 'scm';
export const VIEW = ['scm:view'];
export const MANAGE = ['scm:manage'];
export type ErrorTags = Array<[MajorTag, string]>;
export const ORDER_MISSING: ErrorTags = [['not-found', 'order-not-found']];

/** One SCM record of the caller's org by id (404 with `missing` otherwise). */
export const getRecord = (queries: QueryBus, ctx: RequestContext, collection: string, id: string, missing: string) =>
  queries.execute<GetScmRecordQuery, Record<string, unknown>>(new GetScmRecordQuery(collection, ctx.org_guid, id, missing));

/** The order a shipment, tender or return belongs to (they live in its stream). */
export const orderIdOf = async (queries: QueryBus, ctx: RequestContext, collection: string, id: string, missing: string) =>
  String((await getRecord(queries, ctx, collection, id, missing)).order_id);

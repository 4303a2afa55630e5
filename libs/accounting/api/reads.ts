import type { QueryBus } from '@nestjs/cqrs';
import type { Scalar, SortField } from '@g3n/docstore';
import { GetAccountingRecordQuery } from '../queries/get-record.handler';
import { AccountingPage, ListAccountingRecordsQuery } from '../queries/list-records.handler';

const NEWEST: SortField[] = [{ field: 'created_at', direction: 'desc' }];

/** The read side every Accounting controller shares: one record of the caller's org, or a page of them. */
export const getRecord = (queries: QueryBus, collection: string, org_guid: string, id: string, missing: string): Promise<Record<string, any>> =>
  queries.execute(new GetAccountingRecordQuery(collection, org_guid, id, missing));

export const listRecords = (
  queries: QueryBus, collection: string, org_guid: string, filter: Record<string, Scalar | undefined>, body: { limit?: number; next_token?: string }, sort: SortField[] = NEWEST,
): Promise<AccountingPage> => queries.execute(new ListAccountingRecordsQuery(collection, org_guid, filter, sort, body.limit, body.next_token));

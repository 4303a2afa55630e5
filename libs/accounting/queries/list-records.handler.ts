import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc, Filter, Scalar, SortField } from '@g3n/docstore';
import { validationError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';

export interface AccountingPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** A page of one org's Accounting records, filtered by equality (undefined criteria ignored), in `sort` order. */
export class ListAccountingRecordsQuery {
  constructor(
    readonly collection: string,
    readonly orgGuid: string,
    readonly filter: Record<string, Scalar | undefined>,
    readonly sort: SortField[],
    readonly limit = 50,
    readonly nextToken?: string,
  ) {}
}

@QueryHandler(ListAccountingRecordsQuery)
export class ListAccountingRecordsHandler implements IQueryHandler<ListAccountingRecordsQuery, AccountingPage> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListAccountingRecordsQuery): Promise<AccountingPage> {
    const filter: Filter = { org_guid: q.orgGuid };
    for (const [field, value] of Object.entries(q.filter)) if (value !== undefined) filter[field] = value;
    try {
      const page = await this.runtime.readModels.collection<Doc>(q.collection).find(filter, { sort: q.sort, limit: q.limit, cursor: q.nextToken });
      return { items: page.items.map(({ _id, ...record }) => record), next_token: page.next_cursor ?? null };
    } catch (error) {
      // The store refuses a cursor it did not issue for this query: the client's token, not our fault.
      if (q.nextToken && error instanceof Error && /cursor/i.test(error.message)) {
        throw validationError('invalid-next-token', 'next_token does not belong to this list.', { fields: [{ field: 'next_token', reason: 'invalid' }] });
      }
      throw error;
    }
  }
}

import type { Doc, FieldCondition, Filter, Scalar, SortField } from '@g3n/docstore';
import type { Runtime } from '../runtime/runtime';

export interface RecordPage {
  items: Array<Record<string, unknown>>;
  next_token: string | null;
}

export interface OrgRecordsQuery {
  collection: string;
  org_guid: string;
  /** Equality criteria; undefined ones are ignored (an optional request field the client left out). */
  filter?: Record<string, Scalar | FieldCondition | undefined>;
  sort?: SortField[];
  limit?: number;
  next_token?: string;
}

/**
 * One page of an org's records from a read model, as list routes answer it: `{ items, next_token }`, the store's
 * `_id` left out. A next_token the store did not issue is a 400 naming the field (InvalidCursorError, mapped once in
 * the platform's error mapping).
 */
export async function pageOfOrgRecords(runtime: Runtime, q: OrgRecordsQuery): Promise<RecordPage> {
  const filter: Filter = { org_guid: q.org_guid };
  for (const [field, value] of Object.entries(q.filter ?? {})) if (value !== undefined) filter[field] = value;
  const page = await runtime.readModels.collection<Doc>(q.collection).find(filter, { sort: q.sort, limit: q.limit ?? 50, cursor: q.next_token });
  return { items: page.items.map(({ _id, ...record }) => record), next_token: page.next_cursor ?? null };
}

import type { Doc, FieldCondition, Filter, Scalar, SortField } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import type { Runtime } from '../runtime/runtime';

/** A read-model document as the API answers it: without the store's `_id` (the record's own id field carries it). */
export function toRecord(doc: Doc): Record<string, unknown> {
  const { _id, ...record } = doc;
  return record;
}

/** One of an org's read-model documents by id, or null: another org's document is as absent as a missing one. */
export async function orgRecordDoc<T extends Doc = Doc>(runtime: Runtime, collection: string, org_guid: string, id: string): Promise<T | null> {
  const doc = await runtime.readModels.collection<T>(collection).get(id);
  return doc && doc.org_guid === org_guid ? doc : null;
}

/** One of an org's records as get routes answer it; missing (or another org's) is a 404 with the route's minor tag. */
export async function orgRecord(runtime: Runtime, collection: string, org_guid: string, id: string, missing: string): Promise<Record<string, unknown>> {
  const doc = await orgRecordDoc(runtime, collection, org_guid, id);
  if (!doc) throw notFound(missing, 'Not found.');
  return toRecord(doc);
}

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
  return { items: page.items.map(toRecord), next_token: page.next_cursor ?? null };
}

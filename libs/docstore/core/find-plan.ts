/**
 * What both adapters do before touching their engine on `find`: normalise the sort (with `_id` as the final
 * tie-breaker), clamp the limit, and encode/decode the opaque keyset cursor.
 *
 * The cursor is base64url JSON of the last returned row's sort values and `_id`, plus a signature of the sort.
 * Keyset (rather than offset) pagination is what makes it stable under concurrent inserts: a page starts strictly
 * after the last row seen, so rows inserted meanwhile appear once or not at all, never shift others.
 */
import { DEFAULT_FIND_LIMIT, InvalidCursorError, MAX_FIND_LIMIT, type FindOptions } from '../document-store.port';
import { fieldSegments, readPath } from './store-names';

export interface SortKey {
  path: string;
  desc: boolean;
}

export interface CursorPosition {
  /** One value per sort key except the final `_id` key; missing fields are null (they sort together). */
  values: unknown[];
  id: string;
}

export interface FindPlan {
  /** Always ends with the `_id` key. */
  sort: SortKey[];
  limit: number;
  after?: CursorPosition;
}

interface CursorPayload {
  s: string;
  v: unknown[];
  i: string;
}

export function planFind(options: FindOptions | undefined): FindPlan {
  const sort = normaliseSort(options?.sort);
  const limit = clampLimit(options?.limit);
  const after = options?.cursor ? decodeCursor(options.cursor, sort) : undefined;
  return { sort, limit, after };
}

/**
 * `_id` closes every sort so that the order is total. It takes the direction of the last given field, so an
 * index declared as (a, b) serves both directions of a sort on (a, b) when scanned forwards or backwards.
 */
export function normaliseSort(sort: FindOptions['sort']): SortKey[] {
  const keys: SortKey[] = [];
  for (const field of sort ?? []) {
    if (field.direction !== 'asc' && field.direction !== 'desc') {
      throw new Error(`docstore: sort direction must be asc or desc, got ${String(field.direction)}`);
    }
    if (field.field === '_id') {
      keys.push({ path: '_id', desc: field.direction === 'desc' });
      return keys; // later fields could never break a tie
    }
    fieldSegments(field.field);
    keys.push({ path: field.field, desc: field.direction === 'desc' });
  }
  keys.push({ path: '_id', desc: keys.length > 0 ? keys[keys.length - 1].desc : false });
  return keys;
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_FIND_LIMIT;
  if (!Number.isFinite(limit) || limit < 1) throw new Error(`docstore: limit must be a positive number`);
  return Math.min(Math.floor(limit), MAX_FIND_LIMIT);
}

function sortSignature(sort: SortKey[]): string {
  return sort.map((k) => (k.desc ? '-' : '') + k.path).join(',');
}

export function encodeCursor(sort: SortKey[], lastDoc: Record<string, unknown>): string {
  const values: unknown[] = [];
  for (const key of sort) {
    if (key.path === '_id') break;
    const value = readPath(lastDoc, key.path);
    values.push(value === undefined ? null : value);
  }
  const payload: CursorPayload = { s: sortSignature(sort), v: values, i: String(lastDoc._id) };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, sort: SortKey[]): CursorPosition {
  let payload: CursorPayload;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
  } catch {
    throw new InvalidCursorError('docstore: malformed cursor');
  }
  if (!payload || typeof payload.i !== 'string' || !Array.isArray(payload.v)) {
    throw new InvalidCursorError('docstore: malformed cursor');
  }
  // A cursor read under another sort would silently skip or repeat rows; refuse it instead.
  if (payload.s !== sortSignature(sort) || payload.v.length !== sort.length - 1) {
    throw new InvalidCursorError('docstore: cursor was issued for a different sort');
  }
  return { values: payload.v, id: payload.i };
}

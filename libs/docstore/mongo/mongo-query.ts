/**
 * Filter terms, sort and keyset cursor as MongoDB query documents. The filter language is a subset of
 * MongoDB's own, so most terms pass through; the keyset needs care because MongoDB brackets comparisons by
 * type ({$gt: 5} never reaches strings) while the sort order crosses types: "after" a value means greater within
 * its type OR any value of a later type (core/value-order.ts), spelled with $type.
 */
import type { Document, SortDirection } from 'mongodb';
import type { Scalar } from '../document-store.port';
import type { FilterTerm } from '../core/filter-terms';
import type { CursorPosition, SortKey } from '../core/find-plan';
import { typeRank, type TypeRank } from '../core/value-order';

const TYPE_NAMES: Record<TypeRank, string> = { 0: 'null', 1: 'number', 2: 'string', 3: 'object', 4: 'array', 5: 'bool' };
const RANKS: TypeRank[] = [0, 1, 2, 3, 4, 5];

export function mongoFilter(terms: FilterTerm[]): Document {
  const clauses = terms.map((term) => ({ [term.path]: termCondition(term) }));
  if (clauses.length === 0) return {};
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}

function termCondition(term: FilterTerm): Document {
  switch (term.op) {
    case 'in':
      return { $in: term.values };
    case 'prefix':
      return { $regex: `^${escapeRegex(term.prefix)}` }; // anchored and literal: uses an index as a range
    case 'exists':
      return { $exists: term.exists };
    default:
      return { [`$${term.op}`]: term.value };
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

export function mongoSort(sort: SortKey[]): [string, SortDirection][] {
  // An array of pairs, not an object: key order is the sort order, whatever the field names look like.
  return sort.map((key) => [key.path, key.desc ? -1 : 1]);
}

export function andFilters(filters: Document[]): Document {
  const kept = filters.filter((f) => Object.keys(f).length > 0);
  if (kept.length === 0) return {};
  return kept.length === 1 ? kept[0] : { $and: kept };
}

/** Documents strictly after the cursor row in the order of `sort` (which ends with `_id`). */
export function mongoKeyset(sort: SortKey[], after: CursorPosition): Document {
  const values = [...after.values, after.id];
  const alternatives: Document[] = [];
  const equalPrefix: Document[] = [];
  sort.forEach((key, index) => {
    const beyond = strictlyAfter(key, values[index]);
    if (beyond) alternatives.push(equalPrefix.length > 0 ? { $and: [...equalPrefix, beyond] } : beyond);
    equalPrefix.push(equalTo(key, values[index]));
  });
  return alternatives.length === 1 ? alternatives[0] : { $or: alternatives };
}

function strictlyAfter(key: SortKey, value: unknown): Document | null {
  if (key.path === '_id') return { _id: { [key.desc ? '$lt' : '$gt']: value } };
  const rank = typeRank(value);
  const parts: Document[] = [];
  if (rank !== 0) parts.push({ [key.path]: { [key.desc ? '$lt' : '$gt']: value } });
  const others = RANKS.filter((r) => r !== 0 && (key.desc ? r < rank : r > rank));
  if (others.length > 0) parts.push({ [key.path]: { $type: others.map((r) => TYPE_NAMES[r]) } });
  // Below every number, descending: null and missing, which `{field: null}` matches together.
  if (key.desc && rank !== 0) parts.push({ [key.path]: null });
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : { $or: parts };
}

function equalTo(key: SortKey, value: unknown): Document {
  if (key.path === '_id') return { _id: value };
  return { [key.path]: typeRank(value) === 0 ? null : { $eq: value as Scalar } };
}

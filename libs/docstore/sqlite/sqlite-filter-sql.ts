/**
 * Filter terms → a parameterised WHERE fragment. Comparisons are type-bracketed through the rank expression,
 * as MongoDB brackets them: {$gt: 5} never matches a string, {f: true} never matches 1.
 *
 * Array fields: a term also matches when any element of an array stored at the path matches (MongoDB's rule).
 * That branch is an OR with EXISTS over json_each, which costs SQLite its index-ordered scan, so the caller
 * passes `arraysPossible` and the branch is only added for fields that may hold arrays.
 */
import type { Scalar } from '../document-store.port';
import type { FilterTerm } from '../core/filter-terms';
import { prefixUpperBound, RANK_ARRAY, RANK_NULL, RANK_STRING, typeRank } from '../core/value-order';
import { bindValue, ELEMENT_ACCESS, fieldAccess, type FieldAccess } from './sqlite-expressions';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export const TRUE: SqlFragment = { sql: '1', params: [] };
export const FALSE: SqlFragment = { sql: '0', params: [] };

export function and(parts: SqlFragment[]): SqlFragment {
  if (parts.some((p) => p === FALSE)) return FALSE;
  const kept = parts.filter((p) => p !== TRUE);
  if (kept.length === 0) return TRUE;
  if (kept.length === 1) return kept[0];
  return { sql: kept.map((p) => `(${p.sql})`).join(' AND '), params: kept.flatMap((p) => p.params) };
}

export function or(parts: SqlFragment[]): SqlFragment {
  if (parts.some((p) => p === TRUE)) return TRUE;
  const kept = parts.filter((p) => p !== FALSE);
  if (kept.length === 0) return FALSE;
  if (kept.length === 1) return kept[0];
  return { sql: kept.map((p) => `(${p.sql})`).join(' OR '), params: kept.flatMap((p) => p.params) };
}

function not(part: SqlFragment): SqlFragment {
  if (part === TRUE) return FALSE;
  if (part === FALSE) return TRUE;
  return { sql: `NOT (${part.sql})`, params: part.params };
}

export function whereFromTerms(terms: FilterTerm[], arraysPossible: (path: string) => boolean): SqlFragment {
  return and(terms.map((term) => termSql(term, arraysPossible)));
}

function termSql(term: FilterTerm, arraysPossible: (path: string) => boolean): SqlFragment {
  const field = fieldAccess(term.path);
  if (term.op === 'exists') {
    if (field.kind === 'id') return term.exists ? TRUE : FALSE;
    return { sql: `json_type(doc, ${field.jsonPath}) IS ${term.exists ? 'NOT ' : ''}NULL`, params: [] };
  }
  const anyValue = (access: FieldAccess): SqlFragment =>
    term.op === 'ne' ? comparison(access, 'eq', term.value) : valuePredicate(access, term);
  let match = anyValue(field);
  if (field.kind === 'path' && arraysPossible(term.path)) {
    const element = anyValue(ELEMENT_ACCESS);
    if (element !== FALSE) {
      const exists: SqlFragment = {
        sql: `EXISTS (SELECT 1 FROM json_each(doc, ${field.jsonPath}) AS e WHERE ${element.sql})`,
        params: element.params,
      };
      match = or([match, and([rankIs(field, RANK_ARRAY), exists])]);
    }
  }
  return term.op === 'ne' ? not(match) : match;
}

function valuePredicate(access: FieldAccess, term: Exclude<FilterTerm, { op: 'exists' }>): SqlFragment {
  switch (term.op) {
    case 'in':
      return inPredicate(access, term.values);
    case 'prefix':
      return prefixPredicate(access, term.prefix);
    default:
      return comparison(access, term.op, term.value);
  }
}

const SQL_OPERATORS = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function comparison(access: FieldAccess, op: keyof typeof SQL_OPERATORS, value: Scalar): SqlFragment {
  const rank = typeRank(value);
  if (rank === RANK_NULL) {
    // As in MongoDB: null equals null and missing; nothing is strictly above or below null.
    return op === 'gt' || op === 'lt' ? FALSE : rankIs(access, RANK_NULL);
  }
  return and([rankIs(access, rank), { sql: `${access.value} ${SQL_OPERATORS[op]} ?`, params: [bindValue(value)] }]);
}

function inPredicate(access: FieldAccess, values: Scalar[]): SqlFragment {
  const byRank = new Map<number, Scalar[]>();
  for (const value of values) {
    const rank = typeRank(value);
    byRank.set(rank, [...(byRank.get(rank) ?? []), value]);
  }
  const parts: SqlFragment[] = [];
  for (const [rank, group] of byRank) {
    if (rank === RANK_NULL) {
      parts.push(rankIs(access, RANK_NULL));
    } else if (group.length === 1) {
      parts.push(comparison(access, 'eq', group[0]));
    } else {
      // One JSON array parameter keeps the SQL text (and the cached statement) independent of the list length.
      const list: SqlFragment = {
        sql: `${access.value} IN (SELECT value FROM json_each(?))`,
        params: [JSON.stringify(group.map(bindValue))],
      };
      parts.push(and([rankIs(access, rank), list]));
    }
  }
  return or(parts);
}

function prefixPredicate(access: FieldAccess, prefix: string): SqlFragment {
  if (prefix === '') return rankIs(access, RANK_STRING);
  // A half-open range rather than LIKE/GLOB: exact, case-sensitive, and an index range when the field is indexed.
  const upper = prefixUpperBound(prefix);
  const bound: SqlFragment =
    upper === null
      ? { sql: `${access.value} >= ? AND substr(${access.value}, 1, length(?)) = ?`, params: [prefix, prefix, prefix] }
      : { sql: `${access.value} >= ? AND ${access.value} < ?`, params: [prefix, upper] };
  return and([rankIs(access, RANK_STRING), bound]);
}

function rankIs(access: FieldAccess, rank: number): SqlFragment {
  if (access.kind === 'id') return rank === RANK_STRING ? TRUE : FALSE;
  // A literal, not a parameter: the rank follows from the operand's type, so it is part of the query's shape.
  return { sql: `${access.rank} = ${rank}`, params: [] };
}

/**
 * SQL expressions over a stored JSON document. Every field is read as a pair (rank, value): rank is the
 * cross-type order of core/value-order.ts, value is the JSON value with null/missing folded to 0 (never NULL,
 * so comparisons stay two-valued and row keys compare without IS). Declared indexes are built from exactly these
 * expressions, because SQLite only uses an expression index when the query repeats the indexed expression verbatim.
 */
import { fieldSegments } from '../core/store-names';

/** How a filter or sort reads one field: a document path, an array element from json_each, or the id column. */
export interface FieldAccess {
  kind: 'path' | 'element' | 'id';
  rank: string;
  value: string;
  /** JSON path literal, e.g. '$."address"."country"' (path fields only). */
  jsonPath?: string;
}

const RANK_CASES =
  "WHEN 'integer' THEN 1 WHEN 'real' THEN 1 WHEN 'text' THEN 2 WHEN 'object' THEN 3 " +
  "WHEN 'array' THEN 4 WHEN 'true' THEN 5 WHEN 'false' THEN 5 ELSE 0 END";

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The path is validated against a strict charset first, so the literal cannot break out of its quotes. */
export function jsonPathLiteral(path: string): string {
  const segments = fieldSegments(path);
  return `'$.${segments.map((s) => `"${s}"`).join('.')}'`;
}

export function fieldAccess(path: string): FieldAccess {
  if (path === '_id') return { kind: 'id', rank: '2', value: 'id' };
  const jsonPath = jsonPathLiteral(path);
  return {
    kind: 'path',
    rank: `CASE json_type(doc, ${jsonPath}) ${RANK_CASES}`,
    value: `ifnull(json_extract(doc, ${jsonPath}), 0)`,
    jsonPath,
  };
}

/** The element of an array field, as json_each exposes it under the alias `e`. */
export const ELEMENT_ACCESS: FieldAccess = {
  kind: 'element',
  rank: `CASE e.type ${RANK_CASES}`,
  value: 'ifnull(e.value, 0)',
};

/** Columns of a sort or an index on `path`, in order. The id column is one column; other fields are two. */
export function orderColumns(path: string): string[] {
  const access = fieldAccess(path);
  return access.kind === 'id' ? [access.value] : [access.rank, access.value];
}

/** What a JS scalar becomes as a bound parameter next to a value expression (booleans are 1/0 in JSON1). */
export function bindValue(value: unknown): number | string {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

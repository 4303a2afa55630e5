/**
 * Sort and keyset pagination as SQL. Rows are ordered by the (rank, value) columns of each sort key and then id,
 * which is exactly the column list of a declared index, so a filtered, sorted page is an index range scan.
 *
 * A page after a cursor is read with up to two statements (run in one read transaction by the caller):
 *   1. rows whose first sort key has the cursor row's rank: a seek on value >= cursor value, then the exact
 *      keyset test on the remaining keys; its ORDER BY leaves out the rank column, because SQLite stops using
 *      the index for ordering when an ORDER BY term is pinned by an equality (measured: 20 µs vs 400 µs a page);
 *   2. rows whose first key has a later rank (usually none: fields rarely change type).
 * A single statement with the keyset as a row-value or OR expression is not seekable on expression indexes.
 */
import type { CursorPosition, SortKey } from '../core/find-plan';
import { typeRank } from '../core/value-order';
import { bindValue, orderColumns } from './sqlite-expressions';
import { and, or, type SqlFragment } from './sqlite-filter-sql';

export interface PageQuery {
  sql: string;
  /**
   * Without its LIMIT: the caller appends a literal one (a bound LIMIT makes this STAT4 build of SQLite re-prepare
   * the statement on every run, ~7 µs each).
   */
  params: unknown[];
}

export function pageQueries(table: string, where: SqlFragment, sort: SortKey[], after?: CursorPosition, columns = 'doc'): PageQuery[] {
  const select = (condition: SqlFragment, orderBy: string): PageQuery => {
    const whereSql = condition.sql === '1' ? '' : ` WHERE ${condition.sql}`;
    return { sql: `SELECT ${columns} FROM ${table}${whereSql} ORDER BY ${orderBy}`, params: condition.params };
  };
  const fullOrder = orderBy(sort);
  if (!after) return [select(where, fullOrder)];

  const [first, ...rest] = sort;
  const cursorValues = [...after.values, after.id];
  if (first.path === '_id') {
    return [select(and([where, { sql: `id ${first.desc ? '<' : '>'} ?`, params: [after.id] }]), fullOrder)];
  }
  const [rankColumn, valueColumn] = orderColumns(first.path);
  const rank = typeRank(cursorValues[0]);
  const value = bindValue(cursorValues[0]);
  const [gt, gte] = first.desc ? ['<', '<='] : ['>', '>='];
  const sameRank = and([
    where,
    { sql: `${rankColumn} = ?`, params: [rank] },
    { sql: `${valueColumn} ${gte} ?`, params: [value] },
    or([
      { sql: `${valueColumn} ${gt} ?`, params: [value] },
      and([{ sql: `${valueColumn} = ?`, params: [value] }, keysetAfter(rest, cursorValues.slice(1))]),
    ]),
  ]);
  const laterRank = and([where, { sql: `${rankColumn} ${gt} ?`, params: [rank] }]);
  const sameRankOrder = [`${valueColumn} ${first.desc ? 'DESC' : 'ASC'}`, orderBy(rest)].join(', ');
  return [select(sameRank, sameRankOrder), select(laterRank, fullOrder)];
}

export function orderBy(sort: SortKey[]): string {
  return sort
    .flatMap((key) => orderColumns(key.path).map((column) => `${column} ${key.desc ? 'DESC' : 'ASC'}`))
    .join(', ');
}

/** Rows strictly after `values` in the order of `keys` (a plain filter, expanded as OR of equal prefixes). */
function keysetAfter(keys: SortKey[], values: unknown[]): SqlFragment {
  const alternatives: SqlFragment[] = [];
  const equalPrefix: SqlFragment[] = [];
  keys.forEach((key, index) => {
    alternatives.push(and([...equalPrefix, strictlyAfter(key, values[index])]));
    equalPrefix.push(equalTo(key, values[index]));
  });
  return or(alternatives);
}

function strictlyAfter(key: SortKey, value: unknown): SqlFragment {
  const op = key.desc ? '<' : '>';
  const columns = orderColumns(key.path);
  if (columns.length === 1) return { sql: `${columns[0]} ${op} ?`, params: [value] };
  const [rankColumn, valueColumn] = columns;
  const rank = typeRank(value);
  return {
    sql: `${rankColumn} ${op} ? OR (${rankColumn} = ? AND ${valueColumn} ${op} ?)`,
    params: [rank, rank, bindValue(value)],
  };
}

function equalTo(key: SortKey, value: unknown): SqlFragment {
  const columns = orderColumns(key.path);
  if (columns.length === 1) return { sql: `${columns[0]} = ?`, params: [value] };
  return { sql: `${columns[0]} = ? AND ${columns[1]} = ?`, params: [typeRank(value), bindValue(value)] };
}

/**
 * The one cross-type order both adapters implement, MongoDB's BSON order restricted to JSON values:
 *   null and missing (equal) < numbers < strings < objects < arrays < booleans (false < true).
 * SQLite sorts and compares on (typeRank, value) pairs so that it agrees with MongoDB without post-processing,
 * and comparisons are type-bracketed as in MongoDB: {$gt: 5} never matches a string.
 * Objects and arrays have a rank so ordering stays total, but sorting on them is not part of the contract.
 */
export type TypeRank = 0 | 1 | 2 | 3 | 4 | 5;

export const RANK_NULL: TypeRank = 0;
export const RANK_NUMBER: TypeRank = 1;
export const RANK_STRING: TypeRank = 2;
export const RANK_OBJECT: TypeRank = 3;
export const RANK_ARRAY: TypeRank = 4;
export const RANK_BOOLEAN: TypeRank = 5;

export function typeRank(value: unknown): TypeRank {
  if (value === null || value === undefined) return RANK_NULL;
  switch (typeof value) {
    case 'number':
      return RANK_NUMBER;
    case 'string':
      return RANK_STRING;
    case 'boolean':
      return RANK_BOOLEAN;
    default:
      return Array.isArray(value) ? RANK_ARRAY : RANK_OBJECT;
  }
}

/**
 * The smallest string greater than every string that starts with `prefix` (code-point order, which is also
 * UTF-8 byte order, SQLite's BINARY collation). Null when no such bound exists. Lets $prefix be an index range.
 */
export function prefixUpperBound(prefix: string): string | null {
  const points = Array.from(prefix);
  while (points.length > 0) {
    const last = points.pop() as string;
    let next = (last.codePointAt(0) as number) + 1;
    if (next >= 0xd800 && next <= 0xdfff) next = 0xe000; // skip the surrogate range: not valid scalar values
    if (next <= 0x10ffff) return points.join('') + String.fromCodePoint(next);
  }
  return null;
}

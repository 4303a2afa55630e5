/**
 * Parses the port's Filter into a flat list of terms that each adapter translates. Validation lives here so
 * both adapters refuse the same mistakes (unknown operators, arrays where a scalar belongs) with the same words.
 */
import type { Filter, Scalar } from '../document-store.port';
import { fieldSegments } from './store-names';

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte';

export type FilterTerm =
  | { path: string; op: ComparisonOp; value: Scalar }
  | { path: string; op: 'in'; values: Scalar[] }
  | { path: string; op: 'prefix'; prefix: string }
  | { path: string; op: 'exists'; exists: boolean };

const COMPARISONS: Record<string, ComparisonOp> = {
  $eq: 'eq',
  $ne: 'ne',
  $gt: 'gt',
  $gte: 'gte',
  $lt: 'lt',
  $lte: 'lte',
};

/**
 * Fields (or operators) whose value is `undefined` are ignored, like the MongoDB driver's ignoreUndefined:
 * query handlers can pass optional criteria straight through.
 */
export function filterTerms(filter: Filter | undefined): FilterTerm[] {
  const terms: FilterTerm[] = [];
  if (!filter) return terms;
  for (const [path, condition] of Object.entries(filter)) {
    if (condition === undefined) continue;
    fieldSegments(path);
    if (isScalar(condition)) {
      terms.push({ path, op: 'eq', value: condition });
      continue;
    }
    if (typeof condition !== 'object' || Array.isArray(condition)) {
      throw new Error(`docstore: filter on ${path} must be a scalar or an operator object`);
    }
    for (const [operator, operand] of Object.entries(condition)) {
      if (operand === undefined) continue;
      terms.push(operatorTerm(path, operator, operand));
    }
  }
  return terms;
}

function operatorTerm(path: string, operator: string, operand: unknown): FilterTerm {
  const comparison = COMPARISONS[operator];
  if (comparison) {
    if (!isScalar(operand)) throw new Error(`docstore: ${operator} on ${path} needs a scalar`);
    return { path, op: comparison, value: operand };
  }
  switch (operator) {
    case '$in':
      if (!Array.isArray(operand) || !operand.every(isScalar)) {
        throw new Error(`docstore: $in on ${path} needs an array of scalars`);
      }
      return { path, op: 'in', values: operand };
    case '$prefix':
      if (typeof operand !== 'string') throw new Error(`docstore: $prefix on ${path} needs a string`);
      return { path, op: 'prefix', prefix: operand };
    case '$exists':
      if (typeof operand !== 'boolean') throw new Error(`docstore: $exists on ${path} needs a boolean`);
      return { path, op: 'exists', exists: operand };
    default:
      throw new Error(`docstore: unknown filter operator ${operator} on ${path}`);
  }
}

function isScalar(value: unknown): value is Scalar {
  if (value === null) return true;
  const type = typeof value;
  if (type === 'number') return Number.isFinite(value as number);
  return type === 'string' || type === 'boolean';
}

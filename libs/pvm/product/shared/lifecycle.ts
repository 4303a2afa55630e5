import { invalidState } from '@g3n/es';

/**
 * Product records share one lifecycle: draft → active → discontinued (and back to active), and `doomed` from any
 * live state as the terminal, delete-like state that frees the record's identifiers, barcodes and codes.
 * Styles start active (they pass their gates at creation); variants start as drafts.
 */
export type ProductStatus = 'draft' | 'active' | 'discontinued' | 'doomed';
export const PRODUCT_STATUSES: ProductStatus[] = ['draft', 'active', 'discontinued', 'doomed'];

const NEXT: Record<ProductStatus, ProductStatus[]> = {
  draft: ['active', 'doomed'],
  active: ['discontinued', 'doomed'],
  discontinued: ['active', 'doomed'],
  doomed: [],
};

/** True when the status changes; the same status again is a no-op; anything else off the machine is a 409. */
export function productStatusChanges(from: ProductStatus, to: ProductStatus): boolean {
  if (!PRODUCT_STATUSES.includes(to)) throw invalidState('invalid-status', `Unknown status ${to}.`, { allowed: PRODUCT_STATUSES });
  if (from === to) return false;
  if (!NEXT[from].includes(to)) {
    throw invalidState('invalid-status-transition', `Cannot move from ${from} to ${to}.`, { from, to, allowed: NEXT[from] });
  }
  return true;
}

/** Only the fields whose value differs from the current one (deep compare through JSON: values are plain). */
export function changedFields<T extends object>(current: T, patch: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const [field, value] of Object.entries(patch) as Array<[keyof T, T[keyof T]]>) {
    if (value === undefined) continue;
    if (JSON.stringify(current[field] ?? null) !== JSON.stringify(value)) out[field] = value;
  }
  return out;
}

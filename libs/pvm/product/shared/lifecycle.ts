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

export { changedFields } from '@g3n/es';

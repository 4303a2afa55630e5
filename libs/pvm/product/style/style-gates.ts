import { invalidState, notFound, validationError } from '@g3n/es';
import type { StyleDetails } from './style.events';

/**
 * What the handler found in the catalog read models (PVM-A's suppliers, taxonomy and OGMs) for the ids a style
 * names. null: no such record in the org.
 */
export interface StyleCatalogFacts {
  category: { status: string } | null;
  vendors: Record<string, { status: string } | null>;
  manufacturers: Record<string, { status: string } | null>;
  ogm: { status: string; revisions: number[] } | null;
}

/** Suppliers a style may name as primary: verified (walkthrough 2) or active (UC-PVM-001 "activate"). */
const USABLE_SUPPLIER = ['verified', 'active'];
/** OGMs in these states take no new styles. */
const CLOSED_OGM = ['inactive', 'retired', 'archived', 'doomed'];

const field = (name: string, reason: string) => ({ fields: [{ field: name, reason }] });

export function assertStyleGates(d: Pick<StyleDetails, 'category_id' | 'vendor_ids' | 'manufacturer_ids' | 'primary_vendor_id' | 'primary_manufacturer_id'>, facts: StyleCatalogFacts): void {
  if (!d.vendor_ids.includes(d.primary_vendor_id)) throw validationError('primary-vendor-not-listed', 'primary_vendor_id must be one of vendor_ids.', field('primary_vendor_id', 'must be one of vendor_ids'));
  if (!d.manufacturer_ids.includes(d.primary_manufacturer_id)) {
    throw validationError('primary-manufacturer-not-listed', 'primary_manufacturer_id must be one of manufacturer_ids.', field('primary_manufacturer_id', 'must be one of manufacturer_ids'));
  }
  if (!facts.category) throw notFound('category-not-found', 'No such category in this org.', { category_id: d.category_id });
  if (facts.category.status !== 'active') throw invalidState('category-inactive', 'The category is not active.', { category_id: d.category_id, status: facts.category.status });
  for (const id of d.vendor_ids) if (!facts.vendors[id]) throw notFound('vendor-not-found', `No vendor ${id} in this org.`, { vendor_id: id });
  for (const id of d.manufacturer_ids) if (!facts.manufacturers[id]) throw notFound('manufacturer-not-found', `No manufacturer ${id} in this org.`, { manufacturer_id: id });
  const vendor = facts.vendors[d.primary_vendor_id]!;
  if (!USABLE_SUPPLIER.includes(vendor.status)) throw invalidState('vendor-not-verified', 'The primary vendor must be verified or active.', { vendor_id: d.primary_vendor_id, status: vendor.status });
  const maker = facts.manufacturers[d.primary_manufacturer_id]!;
  if (!USABLE_SUPPLIER.includes(maker.status)) {
    throw invalidState('manufacturer-not-verified', 'The primary manufacturer must be verified or active.', { manufacturer_id: d.primary_manufacturer_id, status: maker.status });
  }
}

export function assertOgmUsable(ogmId: string, ogmRev: number, ogm: StyleCatalogFacts['ogm']): void {
  if (!ogm) throw notFound('ogm-not-found', 'No such option-group map in this org.', { ogm_id: ogmId });
  if (!ogm.revisions.includes(ogmRev)) throw notFound('ogm-revision-not-found', `The OGM has no revision ${ogmRev}.`, { ogm_id: ogmId, ogm_rev: ogmRev });
  if (CLOSED_OGM.includes(ogm.status)) throw invalidState('ogm-inactive', 'The option-group map takes no new styles.', { ogm_id: ogmId, status: ogm.status });
}

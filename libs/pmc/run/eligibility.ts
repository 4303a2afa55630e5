import type { PublishRules } from '../profile/publish-profile.events';
import { productIdOf } from '../shared/pmc-ids';
import type { VariantSnapshot } from '../shared/variant-snapshot';
import type { IneligibleVariant, RunItem } from './publish-run.events';

/**
 * Why a variant may not be published on a channel under its profile (empty: eligible). Pure, so the run's
 * snapshot and its recorded reasons are the same however often they are computed.
 *
 * - `variant-not-active`: only active PVM variants are sellable.
 * - `sku-missing`: the profile requires a SKU and the variant has none.
 * - `identifier-missing:<type>`: a required identifier type is absent. A type is satisfied by an identifier of
 *   that type, by a barcode of that scheme (a `gtin` barcode is a GTIN), and `sku` also by the variant's SKU.
 */
export function ineligibilityReasons(variant: VariantSnapshot, rules: PublishRules): string[] {
  const reasons: string[] = [];
  if (variant.status !== 'active') reasons.push('variant-not-active');
  if (rules.required_sku && !variant.sku) reasons.push('sku-missing');
  const held = new Set<string>([
    ...variant.identifiers.filter((i) => i.value).map((i) => i.type.toLowerCase()),
    ...variant.barcodes.filter((b) => b.value).map((b) => b.scheme.toLowerCase()),
    ...(variant.sku ? ['sku'] : []),
  ]);
  for (const type of rules.required_identifier_types) if (!held.has(type)) reasons.push(`identifier-missing:${type}`);
  return reasons;
}

/** Splits a run's snapshots into the items it will publish on the channel and the ineligible ones with reasons. */
export function splitEligible(snapshots: VariantSnapshot[], rules: PublishRules, channelCode: string): { items: RunItem[]; ineligible: IneligibleVariant[] } {
  const items: RunItem[] = [];
  const ineligible: IneligibleVariant[] = [];
  for (const snapshot of snapshots) {
    const reasons = ineligibilityReasons(snapshot, rules);
    if (reasons.length) ineligible.push({ variant_id: snapshot.variant_id, style_id: snapshot.style_id, reasons });
    else items.push({ variant_id: snapshot.variant_id, style_id: snapshot.style_id, product_id: productIdOf(channelCode, snapshot.variant_id), snapshot });
  }
  return { items, ineligible };
}

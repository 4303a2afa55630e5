import type { Doc, Filter } from '@g3n/docstore';
import type { ReadModels } from '@g3n/es';
import { PPM_PRICE_LISTS } from '../../../projections/ppm/price-lists.projection';
import { PPM_PRICES } from '../../../projections/ppm/prices.projection';
import { PVM_VARIANTS } from '../commands/ppm-references';
import type { PriceRecord } from '../price/price.events';
import { ListInfo, ResolveContext, ResolvedItem, resolveItem, ResolveItem } from '../price/price-resolution';
import type { Money } from '../shared/formats';

export interface PriceResolution extends ResolveContext {
  items: ResolvedItem[];
  total: Money;
  priced_count: number;
  unpriced_count: number;
}

/** Every document of a filter, page by page (resolve needs all of an org's lists and a cart's prices). */
async function all<T extends Doc>(readModels: ReadModels, collection: string, filter: Filter): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await readModels.collection<T>(collection).find(filter, { limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return out;
}

/**
 * Prices a cart in a context from the read models only: per item the winning price and the rule that won, or
 * `no-price` for that item (never a failed request). Public (index.ts) so order flows can price lines too.
 */
export async function resolvePrices(readModels: ReadModels, orgGuid: string, ctx: ResolveContext, items: ResolveItem[]): Promise<PriceResolution> {
  const variantIds = [...new Set(items.map((i) => i.variant_id))];
  const [variants, prices, lists] = await Promise.all([
    readModels.collection<Doc>(PVM_VARIANTS).getMany(variantIds),
    all<Doc>(readModels, PPM_PRICES, { org_guid: orgGuid, variant_id: { $in: variantIds }, currency: ctx.currency }),
    all<Doc>(readModels, PPM_PRICE_LISTS, { org_guid: orgGuid, currency: ctx.currency }),
  ]);
  const known = new Set(variants.filter((v) => v.org_guid === orgGuid).map((v) => v._id));
  const listInfo = new Map(lists.map((l) => [l._id, l as unknown as ListInfo]));
  const byVariant = new Map<string, PriceRecord[]>();
  for (const p of prices as unknown as PriceRecord[]) byVariant.set(p.variant_id, [...(byVariant.get(p.variant_id) ?? []), p]);
  const resolved = items.map((item, i) => resolveItem(i + 1, item, known.has(item.variant_id), byVariant.get(item.variant_id) ?? [], listInfo, ctx));
  const priced = resolved.filter((r) => r.extended !== null);
  return {
    ...ctx,
    items: resolved,
    total: { amount_minor: priced.reduce((sum, r) => sum + (r.extended as Money).amount_minor, 0), currency: ctx.currency },
    priced_count: priced.length,
    unpriced_count: resolved.length - priced.length,
  };
}

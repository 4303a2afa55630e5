import type { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { ProductOnlineCleared, ProductOnlineSet, ProductRevisionPublished } from '../../libs/pmc/product/product.events';
import { productRevisionDocId } from '../../libs/pmc/shared/pmc-ids';
import type { VariantSnapshot } from '../../libs/pmc/shared/variant-snapshot';
import { created, PmcRecordDoc, touched } from './pmc-docs';

export const PMC_PRODUCTS = 'pmc_products';
export const PMC_PRODUCT_REVISIONS = 'pmc_product_revisions';

export type OnlineState = 'online' | 'offline';

export interface ProductDoc extends PmcRecordDoc {
  product_id: string;
  channel_code: string;
  channel_guid: string;
  variant_id: string;
  style_id: string;
  /** Searchable fields, from the latest revision's snapshot. */
  sku: string | null;
  style_code: string | null;
  category_id: string | null;
  brand_id: string | null;
  /** `<type>:<value>` of every identifier, and every barcode as `<scheme>:<value>`, for exact search. */
  identifier_keys: string[];
  latest_rev: number;
  online_rev: number | null;
  online_state: OnlineState;
  last_run_id: string;
  published_at: string;
  online_changed_at: string | null;
}

export interface ProductRevisionDoc extends PmcRecordDoc {
  product_id: string;
  channel_code: string;
  variant_id: string;
  product_rev: number;
  run_id: string;
  online: boolean;
  published_at: string;
  snapshot: VariantSnapshot;
}

export function searchFields(s: VariantSnapshot) {
  return {
    sku: s.sku,
    style_code: s.style?.code ?? null,
    category_id: s.style?.category_id ?? null,
    brand_id: s.style?.brand_id ?? null,
    identifier_keys: [...new Set([...s.identifiers.map((i) => `${i.type.toLowerCase()}:${i.value}`), ...s.barcodes.map((b) => `${b.scheme.toLowerCase()}:${b.value}`)])],
  };
}

/** A revision doc's revision/updated_at follow the product stream, like the product's. */
async function markRevision(ctx: ProjectionContext, e: Parameters<ProjectionDefinition['handlers'][string]>[0], productId: string, rev: number | null, online: boolean) {
  if (rev === null) return;
  await ctx.update<ProductRevisionDoc>(PMC_PRODUCT_REVISIONS, productRevisionDocId(productId, rev), (doc) => touched(doc, e, { online }));
}

/**
 * Products (a variant on a channel) with their online pointer, and every published revision with its snapshot.
 * One projection owns both so a pointer move updates the product and its revisions in the same batch.
 */
export const pmcProductsProjection: ProjectionDefinition = {
  name: 'pmc.products',
  version: 1,
  collections: [
    {
      name: PMC_PRODUCTS,
      indexes: [
        { fields: ['org_guid', 'product_id'] },
        { fields: ['org_guid', 'variant_id', 'product_id'] },
        { fields: ['org_guid', 'channel_code', 'online_state', 'product_id'] },
        { fields: ['org_guid', 'sku'] },
      ],
    },
    { name: PMC_PRODUCT_REVISIONS, indexes: [{ fields: ['product_id', '-product_rev'] }] },
  ],
  handlers: {
    'pmc.product-revision-published': async (e, ctx) => {
      const d = e.data as ProductRevisionPublished['data'];
      const at = e.metadata.occurred_at;
      ctx.put<ProductRevisionDoc>(PMC_PRODUCT_REVISIONS, {
        _id: productRevisionDocId(d.product_id, d.product_rev), org_guid: d.org_guid, product_id: d.product_id, channel_code: d.channel_code,
        variant_id: d.variant_id, product_rev: d.product_rev, run_id: d.run_id, online: false, published_at: at, snapshot: d.snapshot, ...created(e),
      });
      const latest = { ...searchFields(d.snapshot), latest_rev: d.product_rev, last_run_id: d.run_id, published_at: at };
      await ctx.update<ProductDoc>(PMC_PRODUCTS, d.product_id, (doc) => doc ? touched(doc, e, latest) : {
        _id: d.product_id, product_id: d.product_id, org_guid: d.org_guid, channel_code: d.channel_code, channel_guid: d.channel_guid,
        variant_id: d.variant_id, style_id: d.style_id, ...latest, online_rev: null, online_state: 'offline', online_changed_at: null, ...created(e),
      });
    },
    'pmc.product-online-set': async (e, ctx) => {
      const d = e.data as ProductOnlineSet['data'];
      await ctx.update<ProductDoc>(PMC_PRODUCTS, d.product_id, (doc) => touched(doc, e, { online_rev: d.product_rev, online_state: 'online', online_changed_at: e.metadata.occurred_at }));
      await markRevision(ctx, e, d.product_id, d.previous_rev, false);
      await markRevision(ctx, e, d.product_id, d.product_rev, true);
    },
    'pmc.product-online-cleared': async (e, ctx) => {
      const d = e.data as ProductOnlineCleared['data'];
      await ctx.update<ProductDoc>(PMC_PRODUCTS, d.product_id, (doc) => touched(doc, e, { online_rev: null, online_state: 'offline', online_changed_at: e.metadata.occurred_at }));
      await markRevision(ctx, e, d.product_id, d.previous_rev, false);
    },
  },
};

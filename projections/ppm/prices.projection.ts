import type { ProjectionDefinition } from '@g3n/es';
import { createdFields, dataOf, PpmRecordDoc } from './record-fields';

export const PPM_PRICES = 'ppm_prices';

export interface PriceDoc extends PpmRecordDoc {
  price_id: string;
  variant_id: string;
  currency: string;
  amount_minor: number;
  price_list_id: string | null;
  channel_code: string | null;
  logical_guid: string | null;
  uom_code: string | null;
  effective_from: string | null;
  effective_to: string | null;
}

const FIELDS = ['price_id', 'org_guid', 'variant_id', 'currency', 'amount_minor', 'price_list_id', 'channel_code', 'logical_guid', 'uom_code', 'effective_from', 'effective_to'] as const;

type PriceFields = Pick<PriceDoc, (typeof FIELDS)[number]>;

function priceFields(data: Record<string, unknown>): PriceFields {
  return Object.fromEntries(FIELDS.map((f) => [f, data[f] ?? null])) as PriceFields;
}

/**
 * Prices by price_id. Resolve reads one org's prices of a few variants in a currency; lists filter by variant,
 * list, channel or logical facility. Every price event carries the whole price, so a handler never merges.
 */
export const ppmPricesProjection: ProjectionDefinition = {
  name: 'ppm.prices',
  version: 1,
  collections: [{
    name: PPM_PRICES,
    indexes: [
      { fields: ['org_guid', 'variant_id', 'currency'] },
      { fields: ['org_guid', 'price_list_id', 'variant_id'] },
      { fields: ['org_guid', 'channel_code', 'variant_id'] },
      { fields: ['org_guid', 'logical_guid', 'variant_id'] },
    ],
  }],
  handlers: {
    'ppm.price-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<PriceDoc>(PPM_PRICES, { _id: d.price_id, ...priceFields(d), ...createdFields(e) });
    },
    'ppm.price-updated': (e, ctx) =>
      ctx.update<PriceDoc>(PPM_PRICES, dataOf(e).price_id, (doc) =>
        doc ? { ...doc, ...priceFields(dataOf(e)), revision: e.revision, updated_at: e.metadata.occurred_at } : undefined),
  },
};

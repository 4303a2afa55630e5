import type { ProjectionDefinition } from '@g3n/es';
import { createdFields, dataOf, PpmRecordDoc, touched } from './record-fields';

export const PPM_PRICE_LISTS = 'ppm_price_lists';

export interface PriceListDoc extends PpmRecordDoc {
  price_list_id: string;
  code: string;
  caption: string;
  currency: string;
  channel_codes: string[];
  priority: number;
  status: 'active' | 'inactive';
}

/** Price lists by price_list_id; lists by org and code (optionally status or currency); resolve reads them all. */
export const ppmPriceListsProjection: ProjectionDefinition = {
  name: 'ppm.price-lists',
  version: 1,
  collections: [{ name: PPM_PRICE_LISTS, indexes: [{ fields: ['org_guid', 'code'] }, { fields: ['org_guid', 'status', 'code'] }] }],
  handlers: {
    'ppm.price-list-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<PriceListDoc>(PPM_PRICE_LISTS, {
        _id: d.price_list_id, price_list_id: d.price_list_id, org_guid: d.org_guid, code: d.code, caption: d.caption, currency: d.currency,
        channel_codes: d.channel_codes, priority: d.priority, status: d.status, ...createdFields(e),
      });
    },
    'ppm.price-list-updated': (e, ctx) =>
      ctx.update<PriceListDoc>(PPM_PRICE_LISTS, dataOf(e).price_list_id, (doc) => touched(doc, e, dataOf(e).changes)),
    'ppm.price-list-status-changed': (e, ctx) =>
      ctx.update<PriceListDoc>(PPM_PRICE_LISTS, dataOf(e).price_list_id, (doc) => touched(doc, e, { status: dataOf(e).to })),
  },
};

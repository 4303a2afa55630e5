import type { VariantSnapshot } from '../shared/variant-snapshot';
import type { ProductEvent } from './product.events';

export interface ProductState {
  exists: boolean;
  product_id: string;
  org_guid: string;
  channel_code: string;
  channel_guid: string;
  variant_id: string;
  style_id: string;
  latest_rev: number;
  /** The one online revision; null while offline. */
  online_rev: number | null;
  /** Snapshot of each revision, by product_rev: the online pointer may move to any of them. */
  snapshots: Record<string, VariantSnapshot>;
  /** Revision each run published, by run_id: a retried step publishes nothing twice. */
  published_by_run: Record<string, number>;
}

export const initialProductState = (): ProductState => ({
  exists: false, product_id: '', org_guid: '', channel_code: '', channel_guid: '', variant_id: '', style_id: '',
  latest_rev: 0, online_rev: null, snapshots: {}, published_by_run: {},
});

export function evolveProduct(state: ProductState, event: ProductEvent): ProductState {
  switch (event.type) {
    case 'pmc.product-revision-published': {
      const d = event.data;
      return {
        ...state, exists: true, product_id: d.product_id, org_guid: d.org_guid, channel_code: d.channel_code, channel_guid: d.channel_guid,
        variant_id: d.variant_id, style_id: d.style_id, latest_rev: d.product_rev,
        snapshots: { ...state.snapshots, [String(d.product_rev)]: d.snapshot },
        published_by_run: { ...state.published_by_run, [d.run_id]: d.product_rev },
      };
    }
    case 'pmc.product-online-set':
      return { ...state, online_rev: event.data.product_rev };
    case 'pmc.product-online-cleared':
      return { ...state, online_rev: null };
  }
}

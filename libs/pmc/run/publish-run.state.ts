import type { PublishRules } from '../profile/publish-profile.events';
import type { IneligibleVariant, PublishRunEvent, RunItem, RunSelector, RunStatus } from './publish-run.events';

export interface RunItemState extends RunItem {
  /** Set once a step published the item. */
  product_rev: number | null;
}

export interface PublishRunState {
  exists: boolean;
  run_id: string;
  org_guid: string;
  channel_code: string;
  channel_guid: string;
  selector: RunSelector;
  set_online: boolean;
  profile: (PublishRules & { profile_revision: number }) | null;
  status: RunStatus;
  /** In snapshot order; steps publish them in this order. */
  items: RunItemState[];
  ineligible: IneligibleVariant[];
}

export const initialPublishRunState = (): PublishRunState => ({
  exists: false, run_id: '', org_guid: '', channel_code: '', channel_guid: '',
  selector: { style_id: null, variant_id: null, category_id: null, brand_id: null },
  set_online: true, profile: null, status: 'pending', items: [], ineligible: [],
});

export const pendingItems = (state: PublishRunState): RunItemState[] => state.items.filter((i) => i.product_rev === null);

export function evolvePublishRun(state: PublishRunState, event: PublishRunEvent): PublishRunState {
  switch (event.type) {
    case 'pmc.publish-run-started': {
      const { items, ...rest } = event.data;
      return { ...initialPublishRunState(), ...rest, exists: true, status: 'pending', items: items.map((i) => ({ ...i, product_rev: null })) };
    }
    case 'pmc.publish-run-stepped': {
      const revs = new Map(event.data.published.map((p) => [p.variant_id, p.product_rev]));
      const items = state.items.map((i) => (revs.has(i.variant_id) ? { ...i, product_rev: revs.get(i.variant_id)! } : i));
      return { ...state, items, status: 'running' };
    }
    case 'pmc.publish-run-completed':
      return { ...state, status: 'completed' };
    case 'pmc.publish-run-cancelled':
      return { ...state, status: 'cancelled' };
  }
}

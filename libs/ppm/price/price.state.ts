import type { PriceEvent, PriceRecord } from './price.events';

export interface PriceState extends PriceRecord {
  exists: boolean;
}

export const initialPriceState = (): PriceState => ({
  exists: false, price_id: '', org_guid: '', variant_id: '', currency: '', price_list_id: null, channel_code: null, logical_guid: null,
  uom_code: null, effective_from: null, amount_minor: 0, effective_to: null,
});

export function evolvePrice(_state: PriceState, event: PriceEvent): PriceState {
  switch (event.type) {
    case 'ppm.price-created':
      return { ...event.data, exists: true };
    case 'ppm.price-updated': {
      const { previous: _previous, ...price } = event.data;
      return { ...price, exists: true };
    }
  }
}

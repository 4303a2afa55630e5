import type { ActiveStatus } from '../shared/status';
import type { PriceListDetails, PriceListEvent } from './price-list.events';

export interface PriceListState extends PriceListDetails {
  exists: boolean;
  price_list_id: string;
  org_guid: string;
  code: string;
  currency: string;
  status: ActiveStatus;
}

export const initialPriceListState = (): PriceListState => ({
  exists: false, price_list_id: '', org_guid: '', code: '', currency: '', caption: '', channel_codes: [], priority: 0, status: 'active',
});

export function evolvePriceList(state: PriceListState, event: PriceListEvent): PriceListState {
  switch (event.type) {
    case 'ppm.price-list-created':
      return { ...initialPriceListState(), ...event.data, exists: true };
    case 'ppm.price-list-updated':
      return { ...state, ...event.data.changes };
    case 'ppm.price-list-status-changed':
      return { ...state, status: event.data.to };
  }
}

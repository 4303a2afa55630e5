import type { ProductStatus } from '../shared/lifecycle';
import type { StyleDetails, StyleEvent } from './style.events';

export interface StyleState extends StyleDetails {
  exists: boolean;
  style_id: string;
  org_guid: string;
  code: string;
  ogm_id: string;
  ogm_rev: number;
  status: ProductStatus;
}

export const initialStyleState = (): StyleState => ({
  exists: false, style_id: '', org_guid: '', code: '', ogm_id: '', ogm_rev: 0, status: 'active', caption: '', description: null,
  category_id: '', brand_id: null, vendor_ids: [], manufacturer_ids: [], primary_vendor_id: '', primary_manufacturer_id: '',
});

export function evolveStyle(state: StyleState, event: StyleEvent): StyleState {
  switch (event.type) {
    case 'pvm.style-created':
      return { ...event.data, exists: true, status: 'active' };
    case 'pvm.style-updated':
      return { ...state, ...event.data.changes };
    case 'pvm.style-status-changed':
      return { ...state, status: event.data.to };
  }
}

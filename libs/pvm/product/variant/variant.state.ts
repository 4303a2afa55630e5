import type { ProductStatus } from '../shared/lifecycle';
import type { BarcodeData, BarcodeStatus, Selection, VariantEvent } from './variant.events';

export interface VariantBarcode extends BarcodeData {
  primary: boolean;
  status: BarcodeStatus;
}

export interface VariantState {
  exists: boolean;
  variant_id: string;
  org_guid: string;
  style_id: string;
  selections: Selection[];
  combination_key: string;
  caption: string | null;
  sku: string | null;
  status: ProductStatus;
  barcodes: VariantBarcode[];
}

export const initialVariantState = (): VariantState => ({
  exists: false, variant_id: '', org_guid: '', style_id: '', selections: [], combination_key: '', caption: null, sku: null, status: 'draft', barcodes: [],
});

const withBarcodes = (state: VariantState, change: (b: VariantBarcode) => VariantBarcode): VariantState => ({ ...state, barcodes: state.barcodes.map(change) });

export function evolveVariant(state: VariantState, event: VariantEvent): VariantState {
  switch (event.type) {
    case 'pvm.variant-created':
      return { ...initialVariantState(), ...event.data, exists: true };
    case 'pvm.variant-updated':
      return { ...state, ...event.data.changes };
    case 'pvm.variant-status-changed':
      return { ...state, status: event.data.to };
    case 'pvm.barcode-added': {
      const { barcode_id, value, scheme, packaging_level, key, primary } = event.data;
      const others = primary ? state.barcodes.map((b) => ({ ...b, primary: false })) : state.barcodes;
      return { ...state, barcodes: [...others, { barcode_id, value, scheme, packaging_level, key, primary, status: 'active' }] };
    }
    case 'pvm.barcode-primary-set':
      return withBarcodes(state, (b) => ({ ...b, primary: b.barcode_id === event.data.barcode_id }));
    case 'pvm.barcode-status-changed':
      return withBarcodes(state, (b) => (b.barcode_id === event.data.barcode_id ? { ...b, status: event.data.to, primary: b.primary && !event.data.primary_cleared } : b));
  }
}

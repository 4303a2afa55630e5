import type { VariantSnapshot } from '../shared/variant-snapshot';
import { ineligibilityReasons } from './eligibility';

const variant = (over: Partial<VariantSnapshot> = {}): VariantSnapshot => ({
  variant_id: 'var_1', style_id: 'sty_1', sku: 'SKU-1', status: 'active', selections: [], identifiers: [], barcodes: [], variant_revision: 3, style: null, ...over,
});

describe('publish eligibility', () => {
  it('accepts an active variant that meets the profile', () => {
    expect(ineligibilityReasons(variant({ identifiers: [{ type: 'sku', value: 'SKU-1' }] }), { required_sku: true, required_identifier_types: ['sku'] })).toEqual([]);
  });

  it('lists every reason a variant fails', () => {
    expect(ineligibilityReasons(variant({ sku: null, status: 'draft' }), { required_sku: true, required_identifier_types: ['sku', 'gtin'] }))
      .toEqual(['variant-not-active', 'sku-missing', 'identifier-missing:sku', 'identifier-missing:gtin']);
  });

  it('counts barcodes by scheme and the SKU field as a sku identifier', () => {
    const v = variant({ barcodes: [{ value: '012345678905', scheme: 'GTIN', primary: true }] });
    expect(ineligibilityReasons(v, { required_sku: false, required_identifier_types: ['gtin', 'sku', 'upc'] })).toEqual(['identifier-missing:upc']);
  });
});

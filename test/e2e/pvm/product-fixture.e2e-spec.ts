// createSellableVariant, which every commerce e2e test builds on: an active variant with a SKU, reusable per org.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('PVM sellable variant fixture', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'owner-pvm-fixture@example.com');
    headers = (await createOrg(h, owner)).headers;
  });
  afterAll(() => h.close());

  it('gives an active variant with its SKU, and RED + BLUE of one style on request', async () => {
    const red = await createSellableVariant(h, headers, { style_code: 'FIX-TEE', sku: 'FIX-RED' });
    const blue = await createSellableVariant(h, headers, { style_code: 'FIX-TEE', option_code: 'BLUE' });
    expect(blue.style_id).toBe(red.style_id);
    const got = (await h.ok('/pvm/variant/get', { variant_id: red.variant_id }, headers)).variant;
    expect(got).toMatchObject({ status: 'active', sku: 'FIX-RED', style_id: red.style_id, identifiers: [{ type: 'sku', value: 'FIX-RED' }], selections: [{ group_code: 'COLOR', option_code: 'RED' }] });
    const doc = await h.runtime.readModels.collection('pvm_variants').get(blue.variant_id);
    expect(doc).toMatchObject({ _id: blue.variant_id, variant_id: blue.variant_id, status: 'active', sku: blue.sku, barcodes: [] });
    const style = await h.runtime.readModels.collection('pvm_styles').get(red.style_id);
    expect(style).toMatchObject({ code: 'FIX-TEE', status: 'active', revision: 0, primary_vendor_id: expect.any(String) });
  });
});

// Walkthrough 2 steps 1–4 as written: suppliers, option group/option/OGM, style and variant, SKU, identifier, barcode.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('Walkthrough 2 steps 1–4: PVM product model', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-pvm-wt2@example.com'))).headers;
  });
  afterAll(() => h.close());

  it('creates the product model and gives the variant a SKU, identifier and barcode', async () => {
    // Prerequisite: a taxonomy category.
    const CATEGORY_ID = (await h.ok('/pvm/category', { code: 'TOPS', caption: 'Tops' }, headers)).category.category_id;

    // 1) Suppliers, set to verified.
    const vendor = (await h.ok('/pvm/vendor', { code: 'VEND1', caption: 'Vendor One' }, headers)).vendor;
    const maker = (await h.ok('/pvm/manufacturer', { code: 'MFG1', caption: 'Maker One' }, headers)).manufacturer;
    await h.ok('/pvm/vendor/status', { vendor_id: vendor.vendor_id, status: 'verified', expected_revision: vendor.revision }, headers);
    await h.ok('/pvm/manufacturer/status', { manufacturer_id: maker.manufacturer_id, status: 'verified', expected_revision: maker.revision }, headers);

    // 2) Option group, option and OGM.
    await h.ok('/pvm/option_group', { code: 'COLOR', caption: 'Color' }, headers);
    await h.ok('/pvm/option', { group_code: 'COLOR', code: 'RED', caption: 'Red' }, headers);
    const ogm = (await h.ok('/pvm/ogm', { code: 'APPAREL', groups: [{ group_code: 'COLOR', priority: 1 }] }, headers)).ogm;
    expect(ogm.ogm_rev).toBe(1);

    // 3) Style and variant.
    const { style } = await h.ok('/pvm/style', {
      code: 'TEE', category_id: CATEGORY_ID, vendor_ids: [vendor.vendor_id], manufacturer_ids: [maker.manufacturer_id],
      primary_vendor_id: vendor.vendor_id, primary_manufacturer_id: maker.manufacturer_id, ogm_id: ogm.ogm_id, ogm_rev: 1,
    }, headers);
    expect(style).toMatchObject({ code: 'TEE', caption: 'TEE', status: 'active', revision: 0, ogm_id: ogm.ogm_id, ogm_rev: 1, vendor_ids: [vendor.vendor_id] });
    const { variant } = await h.ok('/pvm/variant', { style_id: style.style_id, selections: [{ group_code: 'COLOR', option_code: 'RED' }] }, headers);
    expect(variant).toMatchObject({ style_id: style.style_id, status: 'draft', sku: null, revision: 0, selections: [{ group_code: 'COLOR', option_code: 'RED' }] });
    const fetched = (await h.ok('/pvm/variant/get', { variant_id: variant.variant_id, style_id: style.style_id }, headers)).variant;
    const VARIANT_REV = fetched.revision;

    // 4) SKU, identifier, barcode.
    expect((await h.post('/pvm/variant/update', { style_id: style.style_id, variant_id: variant.variant_id, sku: 'SKU-123' }, headers)).status).toBe(428);
    const updated = (await h.ok('/pvm/variant/update', { style_id: style.style_id, variant_id: variant.variant_id, expected_revision: VARIANT_REV, sku: 'SKU-123' }, headers)).variant;
    expect(updated).toMatchObject({ sku: 'SKU-123', revision: 1 });
    const stale = await h.post('/pvm/variant/update', { style_id: style.style_id, variant_id: variant.variant_id, expected_revision: VARIANT_REV, sku: 'SKU-124' }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot.revision).toBe(1);

    const { identifier } = await h.ok('/pvm/identifier/add', { style_id: style.style_id, variant_id: variant.variant_id, type: 'sku', value: 'SKU-123' }, headers);
    expect(identifier).toMatchObject({ type: 'sku', value: 'SKU-123', variant_id: variant.variant_id, status: 'active' });

    const { barcode } = await h.ok('/pvm/barcode/add', { style_id: style.style_id, variant_id: variant.variant_id, value: '012345678905', scheme: 'gtin', packaging_level: 'each' }, headers);
    expect(barcode).toMatchObject({ value: '012345678905', scheme: 'gtin', packaging_level: 'each', primary: true, status: 'active', key: '00012345678905', revision: 2 });

    const final = (await h.ok('/pvm/variant/get', { variant_id: variant.variant_id }, headers)).variant;
    expect(final).toMatchObject({
      sku: 'SKU-123', revision: 2, identifiers: [{ type: 'sku', value: 'SKU-123' }],
      barcodes: [{ barcode_id: barcode.barcode_id, value: '012345678905', scheme: 'gtin', primary: true }],
    });
    // The stale write set nothing: SKU-124 resolves to no variant.
    expect((await h.post('/pvm/resolve/code', { code: 'SKU-124' }, headers)).status).toBe(404);
    expect((await h.ok('/pvm/resolve/code', { code: 'SKU-123' }, headers)).resolved).toMatchObject({ kind: 'variant', matched_by: 'sku', variant_id: variant.variant_id });
    const list = await h.ok('/pvm/variant/list', { style_id: style.style_id }, headers);
    expect(list.items.map((v: { variant_id: string }) => v.variant_id)).toEqual([variant.variant_id]);
  });
});

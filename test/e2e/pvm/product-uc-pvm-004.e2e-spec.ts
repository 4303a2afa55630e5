// UC-PVM-004: create an OGM → style → variants with identifiers; selections must match the OGM revision exactly.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createCatalogBasics } from '../../support/fixtures/catalog';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-PVM-004 OGM → style → variants with identifiers', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-uc-pvm-004@example.com'))).headers;
  });
  afterAll(() => h.close());

  it('builds a two-group style with identified variants', async () => {
    const basics = await createCatalogBasics(h, headers);
    await h.ok('/pvm/option_group', { code: 'SIZE', caption: 'Size' }, headers);
    for (const code of ['S', 'M']) await h.ok('/pvm/option', { group_code: 'SIZE', code, caption: code }, headers);
    const ogm = (await h.ok('/pvm/ogm', { code: 'TOPS-2D', groups: [{ group_code: 'COLOR', priority: 1 }, { group_code: 'SIZE', priority: 2 }] }, headers)).ogm;
    const suppliers = { vendor_ids: [basics.vendor_id], manufacturer_ids: [basics.manufacturer_id], primary_vendor_id: basics.vendor_id, primary_manufacturer_id: basics.manufacturer_id };
    const { style } = await h.ok('/pvm/style', { code: 'polo', caption: 'Polo', category_id: basics.category_id, ...suppliers, ogm_id: ogm.ogm_id, ogm_rev: ogm.ogm_rev }, headers);
    expect(style.code).toBe('POLO');

    const variants: Record<string, string> = {};
    for (const color of ['RED', 'BLUE']) {
      for (const size of ['S', 'M']) {
        const { variant } = await h.ok('/pvm/variant', { style_id: style.style_id, selections: [{ group_code: 'SIZE', option_code: size }, { group_code: 'color', option_code: color.toLowerCase() }] }, headers);
        expect(variant.combination_key).toBe(`COLOR=${color}|SIZE=${size}`);
        variants[`${color}-${size}`] = variant.variant_id;
        await h.ok('/pvm/identifier/add', { variant_id: variant.variant_id, type: 'mpn', value: `MPN-POLO-${color}-${size}` }, headers);
      }
    }
    await h.ok('/pvm/identifier/add', { variant_id: variants['RED-S'], type: 'ean', value: '4006381333931' }, headers);
    const ids = await h.ok('/pvm/identifier/list', { variant_id: variants['RED-S'] }, headers);
    expect(ids.items.map((i: { type: string; value: string }) => `${i.type}:${i.value}`)).toEqual(['ean:4006381333931', 'mpn:MPN-POLO-RED-S']);
    const page = await h.ok('/pvm/variant/list', { style_id: style.style_id, limit: 3 }, headers);
    expect(page.items).toHaveLength(3);
    const rest = await h.ok('/pvm/variant/list', { style_id: style.style_id, limit: 3, next_token: page.next_token }, headers);
    expect(rest.items).toHaveLength(1);

    // Duplicate identifiers are refused among live variants of the org, case-insensitively.
    const dup = await h.post('/pvm/identifier/add', { variant_id: variants['BLUE-M'], type: 'mpn', value: 'mpn-polo-red-s' }, headers);
    expect(dup.status).toBe(409);
    expect(dup.body.error.minor.tag).toBe('duplicate-identifier');
  });

  it('refuses selections that do not match the OGM revision, and styles that miss their gates', async () => {
    const basics = await createCatalogBasics(h, headers);
    const base = { category_id: basics.category_id, vendor_ids: [basics.vendor_id], manufacturer_ids: [basics.manufacturer_id], primary_vendor_id: basics.vendor_id, primary_manufacturer_id: basics.manufacturer_id, ogm_id: basics.ogm_id, ogm_rev: 1 };
    const { style } = await h.ok('/pvm/style', { code: 'GATE-TEE', ...base }, headers);
    const missing = await h.post('/pvm/variant', { style_id: style.style_id, selections: [] }, headers);
    expect([missing.status, missing.body.error.minor.tag]).toEqual([400, 'selections-incomplete']);
    const unknown = await h.post('/pvm/variant', { style_id: style.style_id, selections: [{ group_code: 'COLOR', option_code: 'GREEN' }] }, headers);
    expect([unknown.status, unknown.body.error.minor.tag, unknown.body.error.details.fields[0].field]).toEqual([400, 'option-not-in-group', 'selections[0].option_code']);
    const extra = await h.post('/pvm/variant', { style_id: style.style_id, selections: [{ group_code: 'COLOR', option_code: 'RED' }, { group_code: 'SIZE', option_code: 'S' }] }, headers);
    expect(extra.body.error.minor.tag).toBe('selection-group-unknown');

    const tag = async (body: Record<string, unknown>) => (await h.post('/pvm/style', body, headers)).body.error.minor.tag;
    expect(await tag({ ...base, code: 'G1', ogm_rev: 9 })).toBe('ogm-revision-not-found');
    expect(await tag({ ...base, code: 'G2', category_id: 'cat_nope' })).toBe('category-not-found');
    expect(await tag({ ...base, code: 'G3', primary_vendor_id: 'ven_other' })).toBe('primary-vendor-not-listed');
    const draftVendor = (await h.ok('/pvm/vendor', { code: 'DRAFTV', caption: 'Not verified' }, headers)).vendor;
    expect(await tag({ ...base, code: 'G4', vendor_ids: [draftVendor.vendor_id], primary_vendor_id: draftVendor.vendor_id })).toBe(draftVendor.status === 'verified' ? undefined : 'vendor-not-verified');
    expect(await tag({ ...base, code: 'gate-tee' })).toBe('duplicate-style-code');
  });
});

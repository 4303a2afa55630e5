// GTIN check digits: a barcode or GTIN-family identifier with a wrong check digit is a 400 naming the field.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('PVM GTIN check digit refusal', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-pvm-gtin@example.com'))).headers;
  });
  afterAll(() => h.close());

  it('refuses wrong check digits and lengths, accepts GTIN-8/12/13/14, and non-GTIN schemes as given', async () => {
    const { variant_id } = await createSellableVariant(h, headers);
    const bad = await h.post('/pvm/barcode/add', { variant_id, value: '012345678906', scheme: 'gtin' }, headers);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ major: { tag: 'validation-error' }, minor: { tag: 'invalid-check-digit' }, details: { fields: [{ field: 'value', reason: expect.stringMatching(/check digit/) }] } });
    const length = await h.post('/pvm/barcode/add', { variant_id, value: '4006381333931', scheme: 'upc' }, headers);
    expect([length.status, length.body.error.minor.tag]).toEqual([400, 'invalid-gtin']);
    const ident = await h.post('/pvm/identifier/add', { variant_id, type: 'ean', value: '4006381333932' }, headers);
    expect([ident.status, ident.body.error.details.fields[0].field]).toEqual([400, 'value']);

    for (const value of ['96385074', '012345678905', '4006381333931', '10012345678902']) {
      expect((await h.ok('/pvm/barcode/add', { variant_id, value, scheme: 'gtin', packaging_level: value.length === 14 ? 'case' : 'each' }, headers)).barcode.value).toBe(value);
    }
    await h.ok('/pvm/barcode/add', { variant_id, value: 'INT-0001', scheme: 'internal' }, headers);
    const list = await h.ok('/pvm/barcode/list', { variant_id }, headers);
    expect(list.items).toHaveLength(5);
    expect(list.items.filter((b: { primary: boolean }) => b.primary)).toHaveLength(1);
  });

  it('keeps one primary barcode per variant through set_primary and status changes', async () => {
    const { variant_id } = await createSellableVariant(h, headers);
    const first = (await h.ok('/pvm/barcode/add', { variant_id, value: '5901234123457' }, headers)).barcode;
    const second = (await h.ok('/pvm/barcode/add', { variant_id, value: '4000000000013' }, headers)).barcode;
    expect([first.primary, second.primary]).toEqual([true, false]);
    const promoted = (await h.ok('/pvm/barcode/set_primary', { barcode_id: second.barcode_id, expected_revision: second.revision }, headers)).barcode;
    expect(promoted).toMatchObject({ primary: true, revision: second.revision + 1 });
    expect((await h.ok('/pvm/barcode/get', { barcode_id: first.barcode_id }, headers)).barcode.primary).toBe(false);
    const off = (await h.ok('/pvm/barcode/status', { barcode_id: second.barcode_id, status: 'inactive', expected_revision: promoted.revision }, headers)).barcode;
    expect(off).toMatchObject({ status: 'inactive', primary: false });
    expect((await h.ok('/pvm/variant/get', { variant_id }, headers)).variant.barcodes).toEqual([{ barcode_id: first.barcode_id, value: '5901234123457', scheme: 'gtin', primary: false }]);
    const doomed = (await h.ok('/pvm/barcode/status', { barcode_id: second.barcode_id, status: 'doomed', expected_revision: off.revision }, headers)).barcode;
    expect(doomed.status).toBe('doomed');
    // A doomed barcode's value is free again, for any variant of the org.
    const other = await createSellableVariant(h, headers);
    expect((await h.ok('/pvm/barcode/add', { variant_id: other.variant_id, value: '4000000000013' }, headers)).barcode.primary).toBe(true);
  });
});

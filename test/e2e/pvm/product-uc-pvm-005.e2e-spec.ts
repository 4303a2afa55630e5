// UC-PVM-005: resolve by code, barcode and alias; transfer an identifier with its history.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-PVM-005 resolve and transfer', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-uc-pvm-005@example.com'))).headers;
  });
  afterAll(() => h.close());

  it('resolves a style code, a SKU, a barcode in any GTIN length, and an alias', async () => {
    const red = await createSellableVariant(h, headers, { style_code: 'RES-TEE', sku: 'RES-RED' });
    const byStyle = await h.ok('/pvm/resolve/code', { code: 'res-tee' }, headers);
    expect(byStyle.resolved).toEqual({ kind: 'style', matched_by: 'style-code', style_id: red.style_id, variant_id: null });
    expect(byStyle.style.code).toBe('RES-TEE');
    const bySku = await h.ok('/pvm/resolve/code', { code: 'res-red' }, headers);
    expect(bySku.resolved).toMatchObject({ kind: 'variant', matched_by: 'sku', variant_id: red.variant_id });
    expect(bySku.variant.status).toBe('active');

    await h.ok('/pvm/barcode/add', { variant_id: red.variant_id, value: '012345678905', scheme: 'upc' }, headers);
    for (const scanned of ['012345678905', '0012345678905', '00012345678905']) {
      expect((await h.ok('/pvm/resolve/barcode', { barcode: scanned }, headers)).resolved.variant_id).toBe(red.variant_id);
    }
    const viaBarcodeRoute = await h.ok('/pvm/barcode/resolve', { value: '0012345678905' }, headers);
    expect(viaBarcodeRoute.barcode).toMatchObject({ value: '012345678905', scheme: 'upc', primary: true });
    // The same GTIN as EAN-13 is the same barcode.
    const blue = await createSellableVariant(h, headers, { style_code: 'RES-TEE', option_code: 'BLUE' });
    const dup = await h.post('/pvm/barcode/add', { variant_id: blue.variant_id, value: '0012345678905', scheme: 'ean' }, headers);
    expect([dup.status, dup.body.error.minor.tag]).toEqual([409, 'duplicate-barcode']);

    await h.ok('/pvm/identifier/add', { variant_id: red.variant_id, type: 'alias', value: 'summer-red-tee' }, headers);
    const byAlias = await h.ok('/pvm/resolve/alias', { alias: 'SUMMER-RED-TEE' }, headers);
    expect(byAlias.resolved).toMatchObject({ kind: 'variant', matched_by: 'alias', variant_id: red.variant_id, style_id: red.style_id });
    const missing = await h.post('/pvm/resolve/alias', { alias: 'nothing' }, headers);
    expect([missing.status, missing.body.error.minor.tag]).toEqual([404, 'identifier-not-found']);
  });

  it('transfers an identifier between variants, pinned to its revision, with history', async () => {
    const a = await createSellableVariant(h, headers, { style_code: 'XFER' });
    const b = await createSellableVariant(h, headers, { style_code: 'XFER', option_code: 'BLUE' });
    const { identifier } = await h.ok('/pvm/identifier/add', { variant_id: a.variant_id, type: 'alias', value: 'xfer-alias' }, headers);
    expect(identifier.revision).toBe(0);

    expect((await h.post('/pvm/identifier/transfer', { type: 'alias', value: 'xfer-alias', to_variant_id: b.variant_id }, headers)).status).toBe(428);
    const moved = await h.ok('/pvm/identifier/transfer', { type: 'alias', value: 'xfer-alias', to_variant_id: b.variant_id, expected_revision: 0, reason: 'relabel' }, headers);
    expect(moved.identifier).toMatchObject({ variant_id: b.variant_id, style_id: b.style_id, revision: 1 });
    const stale = await h.post('/pvm/identifier/transfer', { type: 'alias', value: 'xfer-alias', to_variant_id: a.variant_id, expected_revision: 0 }, headers);
    expect(stale.status).toBe(409);
    expect((await h.ok('/pvm/resolve/alias', { alias: 'xfer-alias' }, headers)).resolved.variant_id).toBe(b.variant_id);
    expect((await h.ok('/pvm/variant/get', { variant_id: a.variant_id }, headers)).variant.identifiers).toEqual([{ type: 'sku', value: a.sku }]);
    expect((await h.ok('/pvm/variant/get', { variant_id: b.variant_id }, headers)).variant.identifiers).toEqual(expect.arrayContaining([{ type: 'alias', value: 'xfer-alias' }]));

    // A variant's current SKU does not move.
    const sku = await h.post('/pvm/identifier/transfer', { type: 'sku', value: a.sku, to_variant_id: b.variant_id, expected_revision: 0 }, headers);
    expect([sku.status, sku.body.error.minor.tag]).toEqual([409, 'identifier-is-current-sku']);

    const history = await h.ok('/pvm/identifier/history', { type: 'alias', value: 'XFER-ALIAS' }, headers);
    expect(history.items.map((i: { type: string }) => i.type)).toEqual(['pvm.identifier-added', 'pvm.identifier-transferred']);
    expect(history.items[1]).toMatchObject({ reason: 'relabel', variant_ids: [a.variant_id, b.variant_id], data: { from_variant_id: a.variant_id, to_variant_id: b.variant_id } });

    const variantHistory = await h.ok('/pvm/history', { variant_id: a.variant_id }, headers);
    expect(variantHistory.items.map((i: { type: string }) => i.type)).toEqual([
      'pvm.variant-created', 'pvm.identifier-added', 'pvm.variant-updated', 'pvm.variant-status-changed', 'pvm.identifier-added', 'pvm.identifier-transferred',
    ]);
    const styleHistory = await h.ok('/pvm/history', { style_id: a.style_id, limit: 1 }, headers);
    expect(styleHistory.items[0].type).toBe('pvm.style-created');
    expect((await h.post('/pvm/history', {}, headers)).status).toBe(400);
  });
});

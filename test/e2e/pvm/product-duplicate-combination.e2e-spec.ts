// No two live variants of a style share a combination (409), even when created in parallel; dooming frees it.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('PVM duplicate combination', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-pvm-combo@example.com'))).headers;
  });
  afterAll(() => h.close());

  it('answers 409 duplicate-combination, lets exactly one of parallel creates win, and frees everything on doom', async () => {
    const red = await createSellableVariant(h, headers, { style_code: 'COMBO', sku: 'COMBO-RED' });
    const again = await h.post('/pvm/variant', { style_id: red.style_id, selections: [{ group_code: 'COLOR', option_code: 'RED' }] }, headers);
    expect([again.status, again.body.error.minor.tag]).toEqual([409, 'duplicate-combination']);

    const blue = { style_id: red.style_id, selections: [{ group_code: 'COLOR', option_code: 'BLUE' }] };
    const racers = await Promise.all(Array.from({ length: 6 }, () => h.post('/pvm/variant', blue, headers)));
    expect(racers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(racers.filter((r) => r.status === 409).every((r) => r.body.error.minor.tag === 'duplicate-combination')).toBe(true);
    const live = await h.ok('/pvm/variant/list', { style_id: red.style_id }, headers);
    expect(live.items).toHaveLength(2);

    // Doom the RED variant: its combination, SKU identifier and barcode become free again.
    await h.ok('/pvm/barcode/add', { variant_id: red.variant_id, value: '96385074' }, headers);
    const current = (await h.ok('/pvm/variant/get', { variant_id: red.variant_id }, headers)).variant;
    const doomed = (await h.ok('/pvm/variant/status', { variant_id: red.variant_id, status: 'doomed', expected_revision: current.revision }, headers)).variant;
    expect(doomed).toMatchObject({ status: 'doomed', identifiers: [], barcodes: [] });
    expect((await h.post('/pvm/resolve/code', { code: 'COMBO-RED' }, headers)).status).toBe(404);
    const reborn = (await h.ok('/pvm/variant', { style_id: red.style_id, selections: [{ group_code: 'COLOR', option_code: 'RED' }] }, headers)).variant;
    await h.ok('/pvm/variant/update', { variant_id: reborn.variant_id, sku: 'COMBO-RED', expected_revision: 0 }, headers);
    await h.ok('/pvm/barcode/add', { variant_id: reborn.variant_id, value: '96385074' }, headers);
    expect((await h.ok('/pvm/resolve/barcode', { barcode: '96385074' }, headers)).resolved.variant_id).toBe(reborn.variant_id);
    expect((await h.ok('/pvm/identifier/history', { type: 'sku', value: 'COMBO-RED' }, headers)).items.map((i: { type: string }) => i.type))
      .toEqual(['pvm.identifier-added', 'pvm.identifier-released', 'pvm.identifier-added']);

    // A style is doomed only once no variant of it is live.
    const style = (await h.ok('/pvm/style/get', { style_id: red.style_id }, headers)).style;
    const refused = await h.post('/pvm/style/status', { style_id: red.style_id, status: 'doomed', expected_revision: style.revision }, headers);
    expect([refused.status, refused.body.error.minor.tag]).toEqual([409, 'style-has-live-variants']);
  });
});

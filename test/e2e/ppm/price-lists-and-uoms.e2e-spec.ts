// PPM price lists and units of measure over HTTP: set creates or updates (with expected_revision), get, list.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('PPM price lists and units of measure', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('creates a price list, refuses a duplicate code or unknown channel, and updates it under expected_revision', async () => {
    const owner = await userWithSession(h, 'owner-ppm-lists@example.com');
    const { headers } = await createOrg(h, owner);
    await createSalesChannel(h, headers, 'web');

    const created = await h.ok('/ppm/price-list/set', { code: 'retail', caption: 'Retail USD', currency: 'USD', channel_codes: ['WEB'], priority: 10 }, headers);
    const id = created.price_list.price_list_id;
    expect(created.price_list).toMatchObject({ code: 'RETAIL', currency: 'USD', channel_codes: ['web'], priority: 10, status: 'active', revision: 0 });

    const duplicate = await h.post('/ppm/price-list/set', { code: 'RETAIL', currency: 'EUR' }, headers);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({ minor: { tag: 'duplicate-code' }, details: { price_list_id: id } });
    const unknownChannel = await h.post('/ppm/price-list/set', { code: 'MARKET', currency: 'USD', channel_codes: ['amazon'] }, headers);
    expect(unknownChannel.status).toBe(404);
    expect(unknownChannel.body.error.minor.tag).toBe('sales-channel-not-found');
    const missing = await h.post('/ppm/price-list/set', { code: 'NOCUR' }, headers);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields).toEqual([{ field: 'currency', reason: 'required' }]);

    expect((await h.post('/ppm/price-list/set', { price_list_id: id, priority: 20 }, headers)).status).toBe(428);
    const stale = await h.post('/ppm/price-list/set', { price_list_id: id, priority: 20, expected_revision: 5 }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot).toMatchObject({ revision: 0 });
    const immutable = await h.post('/ppm/price-list/set', { price_list_id: id, currency: 'EUR', expected_revision: 0 }, headers);
    expect(immutable.body.error).toMatchObject({ http_status: 400, minor: { tag: 'currency-immutable' } });

    const updated = await h.ok('/ppm/price-list/set', { price_list_id: id, priority: 20, status: 'inactive', expected_revision: 0, reason: 'season end' }, headers);
    expect(updated.price_list).toMatchObject({ priority: 20, status: 'inactive', revision: 2 });
    expect((await h.ok('/ppm/price-list/get', { price_list_id: id }, headers)).price_list).toMatchObject({ revision: 2, code: 'RETAIL' });

    await h.ok('/ppm/price-list/set', { code: 'OUTLET', currency: 'USD' }, headers);
    const active = await h.ok('/ppm/price-list/list', { status: 'active' }, headers);
    expect(active.items.map((l: { code: string }) => l.code)).toEqual(['OUTLET']);
    const all = await h.ok('/ppm/price-list/list', { limit: 1 }, headers);
    expect(all.items.map((l: { code: string }) => l.code)).toEqual(['OUTLET']);
    const next = await h.ok('/ppm/price-list/list', { limit: 1, next_token: all.next_token }, headers);
    expect(next.items.map((l: { code: string }) => l.code)).toEqual(['RETAIL']);
    expect((await h.post('/ppm/price-list/get', { price_list_id: 'pl_nope' }, headers)).status).toBe(404);
  });

  it('declares base units and whole multiples of them, keyed by code', async () => {
    const owner = await userWithSession(h, 'owner-ppm-uom@example.com');
    const { headers } = await createOrg(h, owner);

    expect((await h.ok('/ppm/uom/set', { code: 'ea', caption: 'Each' }, headers)).uom).toMatchObject({ code: 'EA', base_uom: null, factor: 1, revision: 0 });
    const cs = await h.ok('/ppm/uom/set', { code: 'CS12', caption: 'Case of 12', base_uom: 'EA', factor: 12 }, headers);
    expect(cs.uom).toMatchObject({ code: 'CS12', base_uom: 'EA', factor: 12, revision: 0 });

    const notBase = await h.post('/ppm/uom/set', { code: 'PAL', base_uom: 'CS12', factor: 40 }, headers);
    expect(notBase.body.error).toMatchObject({ http_status: 400, minor: { tag: 'base-uom-not-base' } });
    const noBase = await h.post('/ppm/uom/set', { code: 'KG', base_uom: 'G', factor: 1000 }, headers);
    expect(noBase.body.error).toMatchObject({ http_status: 404, minor: { tag: 'base-uom-not-found' } });
    expect((await h.post('/ppm/uom/set', { code: 'CS12', factor: 24 }, headers)).status).toBe(428);

    const changed = await h.ok('/ppm/uom/set', { code: 'cs12', factor: 24, expected_revision: 0 }, headers);
    expect(changed.uom).toMatchObject({ factor: 24, caption: 'Case of 12', revision: 1 });
    expect((await h.ok('/ppm/uom/get', { code: 'cs12' }, headers)).uom).toMatchObject({ code: 'CS12', factor: 24 });
    expect((await h.post('/ppm/uom/get', { code: 'NOPE' }, headers)).body.error.minor.tag).toBe('uom-not-found');

    const multiples = await h.ok('/ppm/uom/list', { base_uom: 'ea' }, headers);
    expect(multiples.items.map((u: { code: string }) => u.code)).toEqual(['CS12']);
    expect((await h.ok('/ppm/uom/list', {}, headers)).items.map((u: { code: string }) => u.code)).toEqual(['CS12', 'EA']);
  });

  it('settles parallel creates of one code and parallel updates of one revision without a lost update', async () => {
    const owner = await userWithSession(h, 'owner-ppm-race@example.com');
    const { headers } = await createOrg(h, owner);
    const creates = await Promise.all(Array.from({ length: 6 }, (_, i) => h.post('/ppm/price-list/set', { code: 'RACE', currency: 'USD', priority: i }, headers)));
    expect(creates.filter((r) => r.status === 200)).toHaveLength(1);
    expect(creates.filter((r) => r.status === 409).map((r) => r.body.error.minor.tag)).toEqual(Array(5).fill('duplicate-code'));
    const id = creates.find((r) => r.status === 200)!.body.data.price_list.price_list_id;

    const updates = await Promise.all(Array.from({ length: 6 }, (_, i) => h.post('/ppm/price-list/set', { price_list_id: id, priority: 100 + i, expected_revision: 0 }, headers)));
    const winners = updates.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(updates.filter((r) => r.status === 409).every((r) => r.body.error.minor.tag === 'revision-mismatch')).toBe(true);
    const stored = (await h.ok('/ppm/price-list/get', { price_list_id: id }, headers)).price_list;
    expect(stored).toMatchObject({ revision: 1, priority: winners[0].body.data.price_list.priority });
    expect((await h.ok('/ppm/price-list/list', {}, headers)).items).toHaveLength(1);

    // Another org sees none of it, even by id, and may reuse the code.
    const other = await createOrg(h, await userWithSession(h, 'owner-ppm-race-other@example.com'));
    expect((await h.post('/ppm/price-list/get', { price_list_id: id }, other.headers)).status).toBe(404);
    expect((await h.ok('/ppm/price-list/list', {}, other.headers)).items).toEqual([]);
    expect((await h.ok('/ppm/price-list/set', { code: 'RACE', currency: 'EUR' }, other.headers)).price_list.code).toBe('RACE');
  });
});

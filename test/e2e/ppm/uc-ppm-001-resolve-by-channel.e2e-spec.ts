// UC-PPM-001: base price set → resolve by channel; a more specific price (channel, logical, channel+logical) wins,
// a higher-priority active price list wins over the base prices, an unpriced item is a per-item no-price.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createLogicalFacility, createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-PPM-001: base price set → resolve by channel', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('resolves the most specific applicable price and says which rule won', async () => {
    const owner = await userWithSession(h, 'owner-uc-ppm-001@example.com');
    const { headers } = await createOrg(h, owner);
    const { logical_guid } = await createLogicalFacility(h, headers);
    await createSalesChannel(h, headers, 'web', logical_guid);
    await createSalesChannel(h, headers, 'pos');
    const { variant_id } = await createSellableVariant(h, headers);
    const other = await createSellableVariant(h, headers);
    const resolve = async (channel_code: string, items = [{ variant_id, qty: 2 }]) =>
      (await h.ok('/ppm/price/resolve', { logical_guid, channel_code, items }, headers)).resolution;

    const base = await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 1999, reason: 'initial price' }, headers);
    expect(base.price).toMatchObject({ variant_id, currency: 'USD', amount_minor: 1999, price_list_id: null, channel_code: null, logical_guid: null, revision: 0 });
    expect(await resolve('web')).toMatchObject({
      currency: 'USD', channel_code: 'web', logical_guid,
      items: [{ line_no: 1, status: 'priced', rule: 'base', price_id: base.price.price_id, unit_price: { amount_minor: 1999, currency: 'USD' }, extended: { amount_minor: 3998, currency: 'USD' } }],
      total: { amount_minor: 3998, currency: 'USD' },
    });

    const dup = await h.post('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 1 }, headers);
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ minor: { tag: 'price-exists' }, details: { price_id: base.price.price_id } });

    const web = await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 1799, channel_code: 'WEB' }, headers);
    expect(web.price.channel_code).toBe('web');
    expect((await resolve('web')).items[0]).toMatchObject({ rule: 'channel', price_id: web.price.price_id, unit_price: { amount_minor: 1799 } });
    expect((await resolve('pos')).items[0]).toMatchObject({ rule: 'base', unit_price: { amount_minor: 1999 } });

    const store = await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 1899, logical_guid }, headers);
    expect((await resolve('pos')).items[0]).toMatchObject({ rule: 'logical', price_id: store.price.price_id });
    const both = await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 1699, channel_code: 'web', logical_guid }, headers);
    expect((await resolve('web')).items[0]).toMatchObject({ rule: 'channel+logical', price_id: both.price.price_id, extended: { amount_minor: 3398 } });

    // A price change is a new amount on the same price, under expected_revision.
    expect((await h.post('/ppm/price/set', { price_id: both.price.price_id, amount_minor: 1599 }, headers)).status).toBe(428);
    const moved = await h.post('/ppm/price/set', { price_id: both.price.price_id, channel_code: 'pos', expected_revision: 0 }, headers);
    expect(moved.body.error.minor.tag).toBe('price-scope-immutable');
    const changed = await h.ok('/ppm/price/set', { price_id: both.price.price_id, amount_minor: 1599, expected_revision: 0 }, headers);
    expect(changed.price).toMatchObject({ amount_minor: 1599, revision: 1 });
    expect((await resolve('web')).items[0].unit_price).toEqual({ amount_minor: 1599, currency: 'USD' });

    // A higher-priority active list that prices the item wins; deactivated, it stops applying.
    const sale = await h.ok('/ppm/price-list/set', { code: 'SALE', currency: 'USD', channel_codes: ['web'], priority: 50 }, headers);
    const salePrice = await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 1299, price_list_id: sale.price_list.price_list_id }, headers);
    expect((await resolve('web')).items[0]).toMatchObject({ rule: 'base', price_id: salePrice.price.price_id, price_list_id: sale.price_list.price_list_id, price_list_code: 'SALE' });
    expect((await resolve('pos')).items[0]).toMatchObject({ rule: 'logical', price_list_id: null });
    await h.ok('/ppm/price-list/set', { price_list_id: sale.price_list.price_list_id, status: 'inactive', expected_revision: 0 }, headers);
    expect((await resolve('web')).items[0]).toMatchObject({ rule: 'channel+logical', price_list_code: null });

    // Items without a price, or naming no variant of the org, are answered per item; the request succeeds.
    const mixed = await resolve('web', [{ variant_id, qty: 1 }, { variant_id: other.variant_id, qty: 3 }, { variant_id: 'var_missing', qty: 1 }]);
    expect(mixed.items.map((i: { status: string; rule: string; reason: string | null }) => [i.status, i.rule, i.reason])).toEqual([
      ['priced', 'channel+logical', null], ['no-price', 'no-price', 'no-applicable-price'], ['no-price', 'no-price', 'variant-not-found'],
    ]);
    expect(mixed).toMatchObject({ total: { amount_minor: 1599, currency: 'USD' }, priced_count: 1, unpriced_count: 2 });

    const listed = await h.ok('/ppm/price/list', { variant_id, channel_code: 'WEB' }, headers);
    expect(listed.items.map((p: { amount_minor: number }) => p.amount_minor).sort()).toEqual([1599, 1799]);
  });

  it('refuses prices naming what the org does not have, or a list in another currency', async () => {
    const owner = await userWithSession(h, 'owner-uc-ppm-001-refusals@example.com');
    const { headers } = await createOrg(h, owner);
    const { variant_id } = await createSellableVariant(h, headers);
    const eur = await h.ok('/ppm/price-list/set', { code: 'EU', currency: 'EUR' }, headers);
    const refusal = async (body: Record<string, unknown>) => (await h.post('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 100, ...body }, headers)).body.error;

    expect(await refusal({ variant_id: 'var_missing' })).toMatchObject({ http_status: 404, minor: { tag: 'variant-not-found' } });
    expect(await refusal({ channel_code: 'nowhere' })).toMatchObject({ http_status: 404, minor: { tag: 'sales-channel-not-found' } });
    expect(await refusal({ logical_guid: 'log_missing' })).toMatchObject({ http_status: 404, minor: { tag: 'logical-facility-not-found' } });
    expect(await refusal({ uom_code: 'CS12' })).toMatchObject({ http_status: 404, minor: { tag: 'uom-not-found' } });
    expect(await refusal({ price_list_id: eur.price_list.price_list_id })).toMatchObject({ http_status: 400, minor: { tag: 'currency-mismatch' } });
    expect(await refusal({ amount_minor: 19.99 })).toMatchObject({ http_status: 400 });
    expect(await refusal({ effective_from: '2026-03-01T00:00:00Z', effective_to: '2026-02-01T00:00:00Z' })).toMatchObject({ minor: { tag: 'invalid-effective-window' } });
    // Refused creates leave the scope free: the same scope is accepted once it is valid.
    expect((await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 100 }, headers)).price.amount_minor).toBe(100);
  });
});

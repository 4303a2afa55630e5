// Walkthrough 7 exactly as the seeds write it: POST /ppm/price/resolve with x-orgcode and x-session-guid,
// { logical_guid, channel_code: "WEB", items: [{ variant_id, qty: 1 }], reason: "cart" }.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createLogicalFacility, createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('walkthrough 7: price resolve', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('answers the unit and extended price of the cart line in the channel\'s currency, with the rule that won', async () => {
    const owner = await userWithSession(h, 'owner-wt7@example.com');
    const { orgcode, headers } = await createOrg(h, owner);
    const { logical_guid } = await createLogicalFacility(h, headers);
    await createSalesChannel(h, headers, 'web', logical_guid);
    const { variant_id } = await createSellableVariant(h, headers);
    await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 2500 }, headers);

    const response = await h.post('/ppm/price/resolve', {
      logical_guid: logical_guid,
      channel_code: 'WEB',
      items: [{ variant_id: variant_id, qty: 1 }],
      reason: 'cart',
    }, { 'x-orgcode': orgcode, 'x-session-guid': owner.session_guid });

    expect(response.status).toBe(200);
    expect(response.body.success).toBe(true);
    expect(response.body.data.resolution).toMatchObject({
      currency: 'USD', channel_code: 'web', logical_guid,
      items: [{ variant_id, qty: 1, status: 'priced', rule: 'base', unit_price: { amount_minor: 2500, currency: 'USD' }, extended: { amount_minor: 2500, currency: 'USD' } }],
      total: { amount_minor: 2500, currency: 'USD' },
    });
  });

  it('needs a currency when the channel has none, honours effective dates, and 404s an unknown channel', async () => {
    const owner = await userWithSession(h, 'owner-wt7-edges@example.com');
    const { headers } = await createOrg(h, owner);
    const { logical_guid } = await createLogicalFacility(h, headers);
    await h.ok('/ofm/sales-channel/create', { channel_code: 'kiosk', market_code: 'US', locale_codes: ['en-US'] }, headers);
    const { variant_id } = await createSellableVariant(h, headers);
    await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 1000 }, headers);
    await h.ok('/ppm/price/set', { variant_id, currency: 'USD', amount_minor: 800, effective_from: '2030-01-01T00:00:00Z', effective_to: '2030-02-01T00:00:00Z' }, headers);
    const body = { logical_guid, channel_code: 'kiosk', items: [{ variant_id, qty: 1 }] };

    const noCurrency = await h.post('/ppm/price/resolve', body, headers);
    expect(noCurrency.body.error).toMatchObject({ http_status: 400, minor: { tag: 'currency-required' } });
    const now = await h.ok('/ppm/price/resolve', { ...body, currency: 'USD' }, headers);
    expect(now.resolution.items[0].unit_price.amount_minor).toBe(1000);
    const during = await h.ok('/ppm/price/resolve', { ...body, currency: 'USD', at: '2030-01-15T00:00:00Z' }, headers);
    expect(during.resolution.items[0]).toMatchObject({ unit_price: { amount_minor: 800 }, effective_from: '2030-01-01T00:00:00.000Z' });
    const after = await h.ok('/ppm/price/resolve', { ...body, currency: 'USD', at: '2030-02-01T00:00:00Z' }, headers);
    expect(after.resolution.items[0].unit_price.amount_minor).toBe(1000);
    const eur = await h.ok('/ppm/price/resolve', { ...body, currency: 'EUR' }, headers);
    expect(eur.resolution.items[0]).toMatchObject({ status: 'no-price', rule: 'no-price' });

    const unknown = await h.post('/ppm/price/resolve', { ...body, channel_code: 'nowhere' }, headers);
    expect(unknown.body.error).toMatchObject({ http_status: 404, minor: { tag: 'sales-channel-not-found' } });
  });
});

// UC-PMC-004: query online/offline product lists per channel, and search by SKU and identifier.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-PMC-004 online/offline lists', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'owner-uc-pmc-004@example.com');
    headers = (await createOrg(h, owner)).headers;
  });
  afterAll(() => h.close());

  const ids = (page: { items: Array<{ product_id: string }> }) => page.items.map((i) => i.product_id).sort();

  it('lists products by channel and online state, pages them, and searches', async () => {
    await createSalesChannel(h, headers, 'web');
    await createSalesChannel(h, headers, 'pos');
    const a = await createSellableVariant(h, headers);
    const b = await createSellableVariant(h, headers);
    for (const channel_code of ['web', 'pos']) {
      await h.ok('/pmc/publish-profile/set', { channel_code, required_sku: true }, headers);
      const run = (await h.ok('/pmc/publish/run/start', { channel_code, reason: 'publish all' }, headers)).run;
      expect(run.counts).toMatchObject({ eligible: 2, ineligible: 0 });
      await h.ok('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: run.revision, limit: 200 }, headers);
    }
    const webB = (await h.ok('/pmc/product/get', { product_id: `prd:web:${b.variant_id}` }, headers)).product;
    await h.ok('/pmc/product/online/clear', { product_id: webB.product_id, expected_revision: webB.revision }, headers);

    expect(ids(await h.ok('/pmc/product/list', { channel_code: 'WEB', online_state: 'online' }, headers))).toEqual([`prd:web:${a.variant_id}`]);
    expect(ids(await h.ok('/pmc/product/list', { channel_code: 'web', online_state: 'offline' }, headers))).toEqual([`prd:web:${b.variant_id}`]);
    expect(ids(await h.ok('/pmc/product/list', { online_state: 'online' }, headers))).toHaveLength(3);
    expect(ids(await h.ok('/pmc/product/list', { variant_id: b.variant_id }, headers))).toEqual([`prd:pos:${b.variant_id}`, `prd:web:${b.variant_id}`].sort());

    const first = await h.ok('/pmc/product/list', { limit: 3 }, headers);
    expect(first.items).toHaveLength(3);
    const second = await h.ok('/pmc/product/list', { limit: 3, next_token: first.next_token }, headers);
    expect(second.items).toHaveLength(1);
    expect(second.next_token).toBeNull();
    const badToken = await h.post('/pmc/product/list', { next_token: 'garbage' }, headers);
    expect(badToken.status).toBe(400);

    expect(ids(await h.ok('/pmc/product/search', { sku: a.sku, channel_code: 'pos' }, headers))).toEqual([`prd:pos:${a.variant_id}`]);
    expect(ids(await h.ok('/pmc/product/search', { sku_prefix: a.sku, channel_code: 'web' }, headers))).toContain(`prd:web:${a.variant_id}`);
    expect((await h.ok('/pmc/product/search', { sku: 'NO-SUCH-SKU' }, headers)).items).toEqual([]);

    const invalid = await h.post('/pmc/product/list', { online_state: 'sometimes' }, headers);
    expect(invalid.status).toBe(400);
  });
});

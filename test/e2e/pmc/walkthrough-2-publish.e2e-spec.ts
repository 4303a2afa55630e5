// Walkthrough 2 steps 5–8: publish profile → publish run → step → the product is listed online.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('walkthrough 2: publish profile → publish run → product online', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'owner-pmc-wt2@example.com');
    headers = (await createOrg(h, owner)).headers;
  });
  afterAll(() => h.close());

  it('publishes a style\'s variant to the WEB channel and lists it online', async () => {
    await createSalesChannel(h, headers, 'web');
    const { variant_id, style_id, sku } = await createSellableVariant(h, headers);

    // 5) Set publish profile (the walkthrough sends WEB; OFM stores web).
    const profile = (await h.ok('/pmc/publish-profile/set', { channel_code: 'WEB', required_sku: true, required_identifier_types: ['sku'] }, headers)).publish_profile;
    expect(profile).toMatchObject({ channel_code: 'web', required_sku: true, required_identifier_types: ['sku'], revision: 0 });

    // 6) Start a publish run; save RUN_ID and RUN_REVISION.
    const started = (await h.ok('/pmc/publish/run/start', { reason: 'initial publish', style_id, channel_code: 'WEB' }, headers)).run;
    expect(started).toMatchObject({ status: 'pending', revision: 0, channel_code: 'web', reason: 'initial publish', counts: { eligible: 1, published: 0, pending: 1 } });
    expect(started.items).toEqual([expect.objectContaining({ variant_id, style_id, sku, state: 'pending', product_rev: null })]);

    // 7) Step the run with its revision.
    const stepped = (await h.ok('/pmc/publish/run/step', { run_id: started.run_id, expected_revision: started.revision, limit: 8 }, headers)).run;
    expect(stepped).toMatchObject({ status: 'completed', revision: 2, counts: { published: 1, pending: 0 } });
    expect(stepped.items[0]).toMatchObject({ state: 'published', product_rev: 1, product_id: `prd:web:${variant_id}` });

    // 8) Verify the published product.
    const online = await h.ok('/pmc/product/list', { variant_id, online_state: 'online' }, headers);
    expect(online.items).toHaveLength(1);
    expect(online.items[0]).toMatchObject({ variant_id, style_id, channel_code: 'web', sku, online_state: 'online', online_rev: 1, latest_rev: 1 });
    expect(online.next_token).toBeNull();
  });
});

// UC-PMC-001: a publish run for a single variant, with a reason; eligibility against the channel's profile.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-PMC-001 publish run for a single variant with reason', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'owner-uc-pmc-001@example.com');
    headers = (await createOrg(h, owner)).headers;
    await createSalesChannel(h, headers, 'web');
    await createSalesChannel(h, headers, 'market');
  });
  afterAll(() => h.close());

  it('publishes exactly the selected variant and keeps the reason', async () => {
    const { variant_id, sku } = await createSellableVariant(h, headers);
    await h.ok('/pmc/publish-profile/set', { channel_code: 'web', required_sku: true }, headers);

    const missingReason = await h.post('/pmc/publish/run/start', { channel_code: 'web', variant_id }, headers);
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.error.minor.tag).toBe('reason-required');

    const run = (await h.ok('/pmc/publish/run/start', { channel_code: 'web', variant_id, reason: 'launch single SKU' }, headers)).run;
    expect(run).toMatchObject({ reason: 'launch single SKU', selector: { variant_id, style_id: null }, ineligible: [], counts: { eligible: 1 } });
    const done = (await h.ok('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: 0 }, headers)).run;
    expect(done.status).toBe('completed');

    const got = (await h.ok('/pmc/publish/run/get', { run_id: run.run_id }, headers)).run;
    expect(got).toMatchObject({ status: 'completed', revision: 2, completed_at: expect.any(String) });

    const product = (await h.ok('/pmc/product/get', { product_id: `prd:web:${variant_id}` }, headers)).product;
    expect(product).toMatchObject({ variant_id, sku, latest_rev: 1, online_rev: 1, last_run_id: run.run_id });
    const revisions = await h.ok('/pmc/product/revision/list', { product_id: product.product_id }, headers);
    expect(revisions.items).toEqual([expect.objectContaining({ product_rev: 1, run_id: run.run_id, online: true, snapshot: expect.objectContaining({ variant_id, sku, status: 'active' }) })]);
  });

  it('records the style\'s ineligible variants with their reasons and publishes the rest', async () => {
    const { variant_id, style_id } = await createSellableVariant(h, headers, { option_code: 'RED' });
    // A second variant of the style, left as a draft without SKU.
    const draft = (await h.ok('/pvm/variant', { style_id, selections: [{ group_code: 'COLOR', option_code: 'BLUE' }] }, headers)).variant;
    await h.ok('/pmc/publish-profile/set', { channel_code: 'web', required_sku: true }, headers);
    const run = (await h.ok('/pmc/publish/run/start', { channel_code: 'web', style_id, reason: 'style launch' }, headers)).run;
    expect(run.items.map((i: { variant_id: string }) => i.variant_id)).toEqual([variant_id]);
    expect(run.ineligible).toEqual([{ variant_id: draft.variant_id, style_id, reasons: ['variant-not-active', 'sku-missing'] }]);
    expect(run.counts).toEqual({ eligible: 1, published: 0, pending: 1, ineligible: 1 });
    await h.ok('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: run.revision }, headers);
    expect((await h.ok('/pmc/product/list', { variant_id: draft.variant_id }, headers)).items).toEqual([]);
  });

  it('refuses a run where nothing meets the profile, and says why', async () => {
    const { variant_id } = await createSellableVariant(h, headers);
    await h.ok('/pmc/publish-profile/set', { channel_code: 'market', required_sku: true, required_identifier_types: ['mpn'] }, headers);
    const refused = await h.post('/pmc/publish/run/start', { channel_code: 'market', variant_id, reason: 'marketplace launch' }, headers);
    expect(refused.status).toBe(409);
    expect(refused.body.error.minor.tag).toBe('no-eligible-variants');
    expect(refused.body.error.details.ineligible).toEqual([expect.objectContaining({ variant_id, reasons: ['identifier-missing:mpn'] })]);
  });

  it('checks the channel, the profile, the selector and the permission', async () => {
    const unknownChannel = await h.post('/pmc/publish-profile/set', { channel_code: 'nowhere', required_sku: true }, headers);
    expect(unknownChannel.status).toBe(404);
    expect(unknownChannel.body.error.minor.tag).toBe('sales-channel-not-found');

    await createSalesChannel(h, headers, 'pos');
    const noProfile = await h.post('/pmc/publish/run/start', { channel_code: 'pos', reason: 'x' }, headers);
    expect(noProfile.status).toBe(404);
    expect(noProfile.body.error.minor.tag).toBe('publish-profile-not-found');

    const twoSelectors = await h.post('/pmc/publish/run/start', { channel_code: 'web', reason: 'x', style_id: 's', variant_id: 'v' }, headers);
    expect(twoSelectors.status).toBe(400);
    expect(twoSelectors.body.error.minor.tag).toBe('selector-ambiguous');

    const unknownVariant = await h.post('/pmc/publish/run/start', { channel_code: 'web', reason: 'x', variant_id: 'var_missing' }, headers);
    expect(unknownVariant.status).toBe(404);
    expect(unknownVariant.body.error.minor.tag).toBe('variant-not-found');

    const profile = (await h.ok('/pmc/publish-profile/get', { channel_code: 'WEB' }, headers)).publish_profile;
    expect(profile).toMatchObject({ channel_code: 'web', required_sku: true, required_identifier_types: [] });
    const same = (await h.ok('/pmc/publish-profile/set', { channel_code: 'web', required_sku: true }, headers)).publish_profile;
    expect(same.revision).toBe(profile.revision);
    const stale = await h.post('/pmc/publish-profile/set', { channel_code: 'web', required_sku: false, expected_revision: profile.revision + 1 }, headers);
    expect(stale.status).toBe(409);

    const viewer = await userWithSession(h, 'viewer-uc-pmc-001@example.com');
    const blocked = await h.post('/pmc/publish-profile/set', { channel_code: 'web', required_sku: false }, { ...headers, 'x-session-guid': viewer.session_guid });
    expect(blocked.status).toBe(404);
  });
});

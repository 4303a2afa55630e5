// UC-PMC-003: switch the online revision (rollback / roll forward); exactly one online revision per product.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-PMC-003 switch online revision', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'owner-uc-pmc-003@example.com');
    headers = (await createOrg(h, owner)).headers;
    await createSalesChannel(h, headers, 'web');
    await h.ok('/pmc/publish-profile/set', { channel_code: 'web', required_sku: true }, headers);
  });
  afterAll(() => h.close());

  async function publish(variant_id: string, reason: string, set_online?: boolean) {
    const run = (await h.ok('/pmc/publish/run/start', { channel_code: 'web', variant_id, reason, ...(set_online === undefined ? {} : { set_online }) }, headers)).run;
    return (await h.ok('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: run.revision }, headers)).run;
  }
  const pointer = async (product_id: string) => (await h.ok('/pmc/product/pointer/get', { product_id }, headers)).pointer;
  const onlineRevs = async (product_id: string) =>
    (await h.ok('/pmc/product/revision/list', { product_id }, headers)).items.filter((r: { online: boolean }) => r.online).map((r: { product_rev: number }) => r.product_rev);

  it('rolls back to an earlier revision and forward again', async () => {
    const { variant_id } = await createSellableVariant(h, headers);
    const product_id = `prd:web:${variant_id}`;
    await publish(variant_id, 'first publish');
    await publish(variant_id, 'republish');

    let p = await pointer(product_id);
    expect(p).toMatchObject({ online_state: 'online', online_rev: 2, latest_rev: 2, online_revision: expect.objectContaining({ product_rev: 2, online: true }) });
    expect(await onlineRevs(product_id)).toEqual([2]);

    const back = (await h.ok('/pmc/product/pointer/set', { product_id, product_rev: 1, expected_revision: p.revision, reason: 'rollback' }, headers)).pointer;
    expect(back).toMatchObject({ online_rev: 1, latest_rev: 2, revision: p.revision + 1, online_revision: expect.objectContaining({ product_rev: 1 }) });
    expect(await onlineRevs(product_id)).toEqual([1]);

    const forward = (await h.ok('/pmc/product/pointer/set', { product_id, product_rev: 2, expected_revision: back.revision }, headers)).pointer;
    expect(forward.online_rev).toBe(2);
    expect(await onlineRevs(product_id)).toEqual([2]);

    const unknown = await h.post('/pmc/product/pointer/set', { product_id, product_rev: 9, expected_revision: forward.revision }, headers);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.minor.tag).toBe('product-revision-not-found');

    const stale = await h.post('/pmc/product/pointer/set', { product_id, product_rev: 1, expected_revision: back.revision }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot.revision).toBe(forward.revision);

    const missingRevision = await h.post('/pmc/product/pointer/set', { product_id, product_rev: 1 }, headers);
    expect(missingRevision.status).toBe(428);
  });

  it('takes a product offline and back online; online/set does not switch revisions', async () => {
    const { variant_id } = await createSellableVariant(h, headers);
    const product_id = `prd:web:${variant_id}`;
    await publish(variant_id, 'first publish');
    let p = await pointer(product_id);

    const already = await h.post('/pmc/product/online/set', { product_id, product_rev: 1, expected_revision: p.revision }, headers);
    expect(already.status).toBe(200); // already online at that revision: nothing to do
    expect(already.body.data.product.revision).toBe(p.revision);

    const cleared = (await h.ok('/pmc/product/pointer/clear', { product_id, expected_revision: p.revision }, headers)).pointer;
    expect(cleared).toMatchObject({ online_state: 'offline', online_rev: null, online_revision: null });
    expect((await h.ok('/pmc/product/list', { variant_id, online_state: 'offline' }, headers)).items).toHaveLength(1);

    const clearAgain = await h.post('/pmc/product/online/clear', { product_id, expected_revision: cleared.revision }, headers);
    expect(clearAgain.status).toBe(409);
    expect(clearAgain.body.error.minor.tag).toBe('product-offline');
    const moveOffline = await h.post('/pmc/product/pointer/set', { product_id, product_rev: 1, expected_revision: cleared.revision }, headers);
    expect(moveOffline.body.error.minor.tag).toBe('product-offline');

    // A staged revision (set_online: false) does not go online by itself.
    await publish(variant_id, 'staged', false);
    p = await pointer(product_id);
    expect(p).toMatchObject({ online_state: 'offline', latest_rev: 2 });

    const online = (await h.ok('/pmc/product/online/set', { product_id, expected_revision: p.revision }, headers)).product;
    expect(online).toMatchObject({ online_state: 'online', online_rev: 2 });
    const switchViaOnline = await h.post('/pmc/product/online/set', { product_id, product_rev: 1, expected_revision: online.revision }, headers);
    expect(switchViaOnline.status).toBe(409);
    expect(switchViaOnline.body.error.minor.tag).toBe('already-online');

    const off = (await h.ok('/pmc/product/online/clear', { product_id, expected_revision: online.revision }, headers)).product;
    expect(off).toMatchObject({ online_state: 'offline', online_rev: null });
    expect(await onlineRevs(product_id)).toEqual([]);
  });

  it('answers 404 for a product that does not exist', async () => {
    const missing = await h.post('/pmc/product/pointer/set', { product_id: 'prd:web:nothing', product_rev: 1, expected_revision: 0 }, headers);
    expect(missing.status).toBe(404);
    expect(missing.body.error.minor.tag).toBe('product-not-found');
  });
});

// UC-PVM-001: create a vendor and a manufacturer, verify and activate them; codes, revisions and the status machine.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-PVM-001 vendors and manufacturers', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-uc-pvm-001@example.com'))).headers;
  });
  afterAll(() => h.close());

  it('creates a vendor as draft, verifies then activates it, each step a new revision', async () => {
    const created = await h.ok('/pvm/vendor', { code: 'vend1', caption: 'Vendor One' }, headers);
    expect(created.vendor).toMatchObject({ code: 'VEND1', caption: 'Vendor One', status: 'draft', revision: 0 });
    const vendor_id = created.vendor.vendor_id;
    const verified = await h.ok('/pvm/vendor/status', { vendor_id, status: 'verified', expected_revision: 0 }, headers);
    expect(verified.vendor).toMatchObject({ status: 'verified', revision: 1 });
    const active = await h.ok('/pvm/vendor/status', { vendor_id, status: 'active', expected_revision: 1 }, headers);
    expect(active.vendor).toMatchObject({ status: 'active', revision: 2 });
    const got = await h.ok('/pvm/vendor/get', { vendor_id }, headers);
    expect(got.vendor).toMatchObject({ vendor_id, org_guid: expect.any(String), status: 'active', revision: 2, created_at: expect.any(String) });
    // The read model other services read carries the contract fields.
    const doc = await h.runtime.readModels.collection('pvm_vendors').get(vendor_id);
    expect(doc).toMatchObject({ _id: vendor_id, code: 'VEND1', caption: 'Vendor One', status: 'active', revision: 2 });
  });

  it('refuses to activate a draft supplier (verify first) and names the allowed moves', async () => {
    const { manufacturer } = await h.ok('/pvm/manufacturer', { code: 'MFG1', caption: 'Maker One' }, headers);
    const refused = await h.post('/pvm/manufacturer/status', { manufacturer_id: manufacturer.manufacturer_id, status: 'active', expected_revision: 0 }, headers);
    expect(refused.status).toBe(409);
    expect(refused.body.error.major.tag).toBe('invalid-state');
    expect(refused.body.error.minor.tag).toBe('invalid-status-transition');
    expect(refused.body.error.details.allowed).toEqual(['verified', 'inactive']);
    const verified = await h.ok('/pvm/manufacturer/status', { manufacturer_id: manufacturer.manufacturer_id, status: 'verified', expected_revision: 0 }, headers);
    expect(verified.manufacturer.status).toBe('verified');
    const suspended = await h.ok('/pvm/manufacturer/status', { manufacturer_id: manufacturer.manufacturer_id, status: 'suspended', expected_revision: 1 }, headers);
    expect(suspended.manufacturer.status).toBe('suspended');
  });

  it('keeps codes unique per org and kind (a vendor and a manufacturer may share one)', async () => {
    await h.ok('/pvm/vendor', { code: 'ACME', caption: 'Acme' }, headers);
    const dup = await h.post('/pvm/vendor', { code: 'acme', caption: 'Acme again' }, headers);
    expect(dup.status).toBe(409);
    expect(dup.body.error.minor.tag).toBe('duplicate-code');
    await h.ok('/pvm/manufacturer', { code: 'ACME', caption: 'Acme the maker' }, headers);
  });

  it('settles racing creates of one code through the log: exactly one wins, the rest get 409 duplicate-code', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => h.post('/pvm/vendor', { code: 'RACE', caption: `Racer ${i}` }, headers)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const vendors = await h.runtime.readModels.collection('pvm_vendors').find({ code: 'RACE' }, {});
    expect(vendors.items).toHaveLength(1);
  });

  it('updates with expected_revision: missing → 428, stale → 409, unknown id → 404', async () => {
    const { vendor } = await h.ok('/pvm/vendor', { code: 'VEND-UPD', caption: 'Before' }, headers);
    expect((await h.post('/pvm/vendor/update', { vendor_id: vendor.vendor_id, caption: 'After' }, headers)).status).toBe(428);
    const updated = await h.ok('/pvm/vendor/update', { vendor_id: vendor.vendor_id, caption: 'After', expected_revision: 0 }, headers);
    expect(updated.vendor).toMatchObject({ caption: 'After', code: 'VEND-UPD', revision: 1 });
    const stale = await h.post('/pvm/vendor/update', { vendor_id: vendor.vendor_id, caption: 'Stale', expected_revision: 0 }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot).toEqual({ revision: 1 });
    const nobody = await h.post('/pvm/vendor/update', { vendor_id: 'ven_nope', caption: 'x', expected_revision: 0 }, headers);
    expect(nobody.status).toBe(404);
    expect(nobody.body.error.minor.tag).toBe('vendor-not-found');
  });

  it('validates the body and hides other orgs\' suppliers', async () => {
    const bad = await h.post('/pvm/vendor', { code: 'bad code!', caption: '' }, headers);
    expect(bad.status).toBe(400);
    const { vendor } = await h.ok('/pvm/vendor', { code: 'MINE', caption: 'Mine' }, headers);
    const other = (await createOrg(h, await userWithSession(h, 'other-uc-pvm-001@example.com'))).headers;
    expect((await h.post('/pvm/vendor/get', { vendor_id: vendor.vendor_id }, other)).status).toBe(404);
    expect((await h.post('/pvm/manufacturer/get', { manufacturer_id: vendor.vendor_id }, headers)).status).toBe(404);
  });
});

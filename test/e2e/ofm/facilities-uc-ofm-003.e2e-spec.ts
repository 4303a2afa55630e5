// UC-OFM-003: physical/legal/logical facilities and zones, their list filters, status rules and revisions.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

const address = { street: '1 Main St', city: 'Austin', region: 'TX', country: 'US' };

describe('UC-OFM-003 facilities and zones', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;
  let ids: { physical: string; legal: string; logical: string; root: string };

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'owner-uc-ofm-003@example.com');
    headers = (await createOrg(h, owner)).headers;
    const physical = await h.ok('/ofm/facility/physical/create', { code: 'hq', caption: 'HQ', address, timezone: 'America/Chicago' }, headers);
    const legal = await h.ok('/ofm/facility/legal/create', { code: 'ACME-INC', caption: 'Acme', legal_name: 'Acme, Inc.', tax_id: '12-3456789' }, headers);
    const logical = await h.ok('/ofm/facility/logical/create', { physical_guid: physical.facility.physical_guid, legal_guid: legal.facility.legal_guid, code: 'DC-01', caption: 'DC' }, headers);
    ids = { physical: physical.facility.physical_guid, legal: legal.facility.legal_guid, logical: logical.facility.logical_guid, root: logical.facility.root_zone_guid };
  });
  afterAll(() => h.close());

  it('normalises codes to upper case and answers records with kind, revision and timestamps', async () => {
    const got = await h.ok('/ofm/facility/physical/get', { physical_guid: ids.physical }, headers);
    expect(got.facility).toMatchObject({ kind: 'physical', code: 'HQ', timezone: 'America/Chicago', address, status: 'active', revision: 0 });
    expect(got.facility.created_at).toEqual(expect.any(String));
  });

  it('refuses a duplicate code per kind (409), but the same code in another kind is fine', async () => {
    const dup = await h.post('/ofm/facility/physical/create', { code: 'HQ', caption: 'Again', address }, headers);
    expect(dup.status).toBe(409);
    expect(dup.body.error.minor.tag).toBe('duplicate-code');
    await h.ok('/ofm/facility/legal/create', { code: 'HQ', caption: 'HQ legal' }, headers);
  });

  it('validates country, time zone and code shape', async () => {
    const bad = await h.post('/ofm/facility/physical/create', { code: 'bad code', caption: 'x', address: { ...address, country: 'UK' }, timezone: 'Mars/Base' }, headers);
    expect(bad.status).toBe(400);
    const fields = bad.body.error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['code', 'address.country', 'timezone']));
  });

  it('lists with filters and pages with next_token', async () => {
    await h.ok('/ofm/facility/physical/create', { code: 'STORE-1', caption: 'Store 1', address }, headers);
    await h.ok('/ofm/facility/physical/create', { code: 'STORE-2', caption: 'Store 2', address }, headers);
    const stores = await h.ok('/ofm/facility/physical/list', { code_prefix: 'store', limit: 1 }, headers);
    expect(stores.items.map((f: { code: string }) => f.code)).toEqual(['STORE-1']);
    const next = await h.ok('/ofm/facility/physical/list', { code_prefix: 'store', limit: 1, next_token: stores.next_token }, headers);
    expect(next.items.map((f: { code: string }) => f.code)).toEqual(['STORE-2']);
    const byPhysical = await h.ok('/ofm/facility/logical/list', { physical_guid: ids.physical }, headers);
    expect(byPhysical.items.map((f: { logical_guid: string }) => f.logical_guid)).toEqual([ids.logical]);
    expect((await h.ok('/ofm/facility/logical/list', { status: 'inactive' }, headers)).items).toEqual([]);
  });

  it('updates with expected_revision: missing → 428, stale → 409 with the current revision', async () => {
    const missing = await h.post('/ofm/facility/legal/update', { legal_guid: ids.legal, caption: 'Acme Corp' }, headers);
    expect(missing.status).toBe(428);
    const updated = await h.ok('/ofm/facility/legal/update', { legal_guid: ids.legal, caption: 'Acme Corp', expected_revision: 0 }, headers);
    expect(updated.facility).toMatchObject({ caption: 'Acme Corp', revision: 1 });
    const stale = await h.post('/ofm/facility/legal/update', { legal_guid: ids.legal, caption: 'Stale', expected_revision: 0 }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot).toEqual({ revision: 1 });
    const nobody = await h.post('/ofm/facility/legal/update', { legal_guid: 'leg_nope', caption: 'x', expected_revision: 0 }, headers);
    expect(nobody.status).toBe(404);
  });

  it('will not activate a logical facility while its physical facility is inactive', async () => {
    const physical = await h.ok('/ofm/facility/physical/create', { code: 'SITE-X', caption: 'Site X', address }, headers);
    const logical = await h.ok('/ofm/facility/logical/create', { physical_guid: physical.facility.physical_guid, legal_guid: ids.legal, code: 'STORE-X', caption: 'Store X' }, headers);
    const off = await h.ok('/ofm/facility/logical/status', { logical_guid: logical.facility.logical_guid, status: 'inactive', expected_revision: 0 }, headers);
    expect(off.facility).toMatchObject({ status: 'inactive', revision: 1 });
    await h.ok('/ofm/facility/physical/status', { physical_guid: physical.facility.physical_guid, status: 'inactive', expected_revision: 0 }, headers);
    const refused = await h.post('/ofm/facility/logical/status', { logical_guid: logical.facility.logical_guid, status: 'active', expected_revision: 1 }, headers);
    expect(refused.status).toBe(409);
    expect(refused.body.error.minor.tag).toBe('physical-facility-inactive');
    const onInactive = await h.post('/ofm/facility/logical/create', { physical_guid: physical.facility.physical_guid, legal_guid: ids.legal, code: 'STORE-Y', caption: 'Y' }, headers);
    expect(onInactive.status).toBe(409);
    // The refused create left its code free.
    await h.ok('/ofm/facility/physical/status', { physical_guid: physical.facility.physical_guid, status: 'active', expected_revision: 1 }, headers);
    await h.ok('/ofm/facility/logical/create', { physical_guid: physical.facility.physical_guid, legal_guid: ids.legal, code: 'STORE-Y', caption: 'Y' }, headers);
  });

  it('keeps the zone tree: ROOT never deactivated, unique codes, children first, per-zone revisions', async () => {
    const rootDeactivate = await h.post('/ofm/zone/status', { zone_guid: ids.root, status: 'inactive', expected_revision: 0 }, headers);
    expect(rootDeactivate.status).toBe(409);
    expect(rootDeactivate.body.error.minor.tag).toBe('root-zone-immutable');
    const a = (await h.ok('/ofm/zone/create', { logical_guid: ids.logical, parent_zone_guid: ids.root, code: 'a', caption: 'Area A' }, headers)).zone;
    const a1 = (await h.ok('/ofm/zone/create', { logical_guid: ids.logical, parent_zone_guid: a.zone_guid, code: 'A-1', caption: 'Aisle 1' }, headers)).zone;
    expect(a.code).toBe('A');
    const dup = await h.post('/ofm/zone/create', { logical_guid: ids.logical, parent_zone_guid: ids.root, code: 'A', caption: 'Again' }, headers);
    expect(dup.status).toBe(409);
    const parentFirst = await h.post('/ofm/zone/status', { zone_guid: a.zone_guid, status: 'inactive', expected_revision: 0 }, headers);
    expect(parentFirst.body.error.minor.tag).toBe('zone-has-active-children');
    expect((await h.ok('/ofm/zone/status', { zone_guid: a1.zone_guid, status: 'inactive', expected_revision: 0 }, headers)).zone.revision).toBe(1);
    expect((await h.ok('/ofm/zone/status', { zone_guid: a.zone_guid, status: 'inactive', expected_revision: 0 }, headers)).zone).toMatchObject({ status: 'inactive', revision: 1 });
    const stale = await h.post('/ofm/zone/status', { zone_guid: a.zone_guid, status: 'active', expected_revision: 0 }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot).toEqual({ revision: 1 });
    const children = await h.ok('/ofm/zone/list', { logical_guid: ids.logical, parent_zone_guid: a.zone_guid }, headers);
    expect(children.items.map((z: { code: string }) => z.code)).toEqual(['A-1']);
    const foreignParent = await h.post('/ofm/zone/create', { logical_guid: ids.logical, parent_zone_guid: 'zon_elsewhere', code: 'B', caption: 'B' }, headers);
    expect(foreignParent.status).toBe(404);
  });

  it('resolves facilities by kind and code, and zones by logical facility and code', async () => {
    const facility = await h.ok('/ofm/resolve/facility', { kind: 'logical', code: 'dc-01' }, headers);
    expect(facility.facility).toMatchObject({ kind: 'logical', logical_guid: ids.logical, root_zone_guid: ids.root });
    const zone = await h.ok('/ofm/resolve/zone', { logical_guid: ids.logical, code: 'root' }, headers);
    expect(zone.zone.zone_guid).toBe(ids.root);
    expect((await h.post('/ofm/resolve/facility', { kind: 'physical', code: 'NOPE' }, headers)).status).toBe(404);
  });

  it('does not show one org\'s facilities to another org\'s owner', async () => {
    const other = await userWithSession(h, 'other-uc-ofm-003@example.com');
    const otherOrg = await createOrg(h, other);
    const peek = await h.post('/ofm/facility/logical/get', { logical_guid: ids.logical }, otherOrg.headers);
    expect(peek.status).toBe(404);
  });
});

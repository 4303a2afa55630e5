// Walkthrough 1 steps 4–5 exactly as the seeds write them: session header only, org_guid in the body.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('walkthrough 1 steps 4–5: facilities and zones', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('creates physical, legal and logical facilities, finds the ROOT zone and adds a child zone', async () => {
    const owner = await userWithSession(h, 'owner-wt1-facilities@example.com');
    const { org_guid } = await createOrg(h, owner);
    const headers = { 'x-session-guid': owner.session_guid };

    const physical = await h.ok('/ofm/facility/physical/create', {
      org_guid, code: 'HQ', caption: 'Headquarters', address: { street: '1 Main St', city: 'Austin', region: 'TX', country: 'US' },
    }, headers);
    const legal = await h.ok('/ofm/facility/legal/create', { org_guid, code: 'ACME-INC', caption: 'Acme Incorporated' }, headers);
    const logical = await h.ok('/ofm/facility/logical/create', {
      org_guid, physical_guid: physical.facility.physical_guid, legal_guid: legal.facility.legal_guid, code: 'DC-01', caption: 'Distribution Center',
    }, headers);
    const LOGICAL_GUID = logical.facility.logical_guid;
    expect(logical.facility).toMatchObject({ code: 'DC-01', status: 'active', revision: 0, org_guid });

    const zones = await h.ok('/ofm/zone/list', { org_guid, logical_guid: LOGICAL_GUID, limit: 8 }, headers);
    const root = zones.items.find((z: { code: string }) => z.code === 'ROOT');
    expect(root).toMatchObject({ parent_zone_guid: null, logical_guid: LOGICAL_GUID, is_root: true });
    expect(root.zone_guid).toBe(logical.facility.root_zone_guid);

    const zone = await h.ok('/ofm/zone/create', {
      org_guid, logical_guid: LOGICAL_GUID, parent_zone_guid: root.zone_guid, code: 'A1', caption: 'Aisle A1',
    }, headers);
    expect(zone.zone).toMatchObject({ code: 'A1', caption: 'Aisle A1', parent_zone_guid: root.zone_guid, status: 'active', revision: 0 });
  });
});

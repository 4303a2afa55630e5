// Service accounts (USM) assigned to logical facilities of their org.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createOrg } from '../../support/fixtures/org';
import { userWithSession } from '../../support/fixtures/identity';

describe('service-account ↔ logical assignments', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('assigns an org service account to an active logical facility, lists and detaches it', async () => {
    const owner = await userWithSession(h, 'sa-owner@example.com');
    const { org_guid, headers } = await createOrg(h, owner);
    const account = (await h.ok('/usm/service_account/create', { caption: 'erp-sync' }, headers)).service_account;
    const physical = await h.ok('/ofm/facility/physical/create', { org_guid, code: 'HQ', caption: 'HQ', address: { street: '1 Main St', city: 'Austin', region: 'TX', country: 'US' } }, headers);
    const legal = await h.ok('/ofm/facility/legal/create', { org_guid, code: 'ACME-INC', caption: 'Acme Inc' }, headers);
    const logical = await h.ok('/ofm/facility/logical/create', { org_guid, physical_guid: physical.facility.physical_guid, legal_guid: legal.facility.legal_guid, code: 'STORE-1', caption: 'Store' }, headers);
    const logical_guid = logical.facility.logical_guid as string;
    const service_account_id = account.service_account_id as string;

    const assigned = await h.ok('/ofm/service-account/assign-logical', { service_account_id, logical_guid }, headers);
    expect(assigned.service_account).toEqual({ org_guid, service_account_id, logical_guids: [logical_guid] });
    const listed = await h.ok('/ofm/service-account/assignments', { logical_guid }, headers);
    expect(listed.items).toEqual([expect.objectContaining({ principal_kind: 'service_account', service_account_id, logical_guid })]);
    const unknown = await h.post('/ofm/service-account/assign-logical', { service_account_id: 'sa_nope', logical_guid }, headers);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.minor.tag).toBe('service-account-not-found');

    const detached = await h.ok('/ofm/service-account/detach-logical', { service_account_id, logical_guid }, headers);
    expect(detached.service_account.logical_guids).toEqual([]);
    expect((await h.post('/ofm/service-account/detach-logical', { service_account_id, logical_guid }, headers)).body.error.minor.tag).toBe('assignment-not-found');
  });
});

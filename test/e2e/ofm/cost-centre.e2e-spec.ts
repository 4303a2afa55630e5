// UC-OFM-005: cost centre create → update → status set; codes unique per org; the DEFAULT one stays active.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createOrg } from '../../support/fixtures/org';
import { userWithSession } from '../../support/fixtures/identity';

describe('UC-OFM-005 cost centres', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('creates, updates, deactivates and resolves cost centres', async () => {
    const owner = await userWithSession(h, 'cc-owner@example.com');
    const { headers, cc_guid: defaultCc } = await createOrg(h, owner);

    const created = await h.ok('/ofm/cost-centre/create', { code: ' ops ', caption: 'Operations' }, headers);
    expect(created.cost_centre).toMatchObject({ code: 'OPS', caption: 'Operations', status: 'active', is_default: false, revision: 0, description: null });
    const cc = created.cost_centre.cc_guid as string;
    const taken = await h.post('/ofm/cost-centre/create', { code: 'OPS', caption: 'Again' }, headers);
    expect(taken.status).toBe(409);
    expect(taken.body.error.minor.tag).toBe('uniqueness-conflict');
    expect((await h.post('/ofm/cost-centre/create', { code: 'default', caption: 'Again' }, headers)).status).toBe(409);

    const updated = await h.ok('/ofm/cost-centre/update', { cc_guid: cc, description: 'Back office', expected_revision: 0 }, headers);
    expect(updated.cost_centre).toMatchObject({ caption: 'Operations', description: 'Back office', revision: 1 });
    const off = await h.ok('/ofm/cost-centre/status/set', { cc_guid: cc, status: 'inactive', expected_revision: 1 }, headers);
    expect(off.cost_centre).toMatchObject({ status: 'inactive', revision: 2 });
    const twice = await h.post('/ofm/cost-centre/status/set', { cc_guid: cc, status: 'inactive', expected_revision: 2 }, headers);
    expect(twice.status).toBe(409);
    expect(twice.body.error.minor.tag).toBe('invalid-transition');
    const keepDefault = await h.post('/ofm/cost-centre/status/set', { cc_guid: defaultCc, status: 'inactive', expected_revision: 0 }, headers);
    expect(keepDefault.status).toBe(409);
    expect(keepDefault.body.error.minor.tag).toBe('default-cost-centre');

    expect((await h.ok('/ofm/cost-centre/get', { cc_guid: cc }, headers)).cost_centre.status).toBe('inactive');
    const list = await h.ok('/ofm/cost-centre/list', { limit: 1 }, headers);
    expect(list.items.map((c: { code: string }) => c.code)).toEqual(['DEFAULT']);
    const next = await h.ok('/ofm/cost-centre/list', { limit: 1, next_token: list.next_token }, headers);
    expect(next.items.map((c: { code: string }) => c.code)).toEqual(['OPS']);
    expect((await h.ok('/ofm/cost-centre/list', { status: 'active' }, headers)).items).toHaveLength(1);
    expect((await h.ok('/ofm/resolve/cost-centre', { code: 'ops' }, headers)).cost_centre.cc_guid).toBe(cc);
    expect((await h.post('/ofm/resolve/cost-centre', { code: 'NOPE' }, headers)).status).toBe(404);
    expect((await h.post('/ofm/cost-centre/get', { cc_guid: 'cc_unknown' }, headers)).status).toBe(404);
  });
});

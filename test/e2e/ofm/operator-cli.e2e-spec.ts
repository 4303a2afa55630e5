// `g3n operator invitation create` and `g3n operator org verify|status`, against the data of a running app.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { uniqueOrgcode } from '../../support/fixtures/org';
import { runG3n } from '../../support/processes';
import { eventually } from '../../support/shelf/shelf-runtime';

describe('g3n operator invitation/org', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('issues an invitation, then verifies and suspends the org created with it', async () => {
    const env = { G3N_DATA_DIR: h.dataDir };
    const issued = runG3n(['operator', 'invitation', 'create', '--ttl', '1d'], env);
    expect(issued.code).toBe(0);
    const invitation = JSON.parse(issued.stdout);
    expect(invitation.invitation_code).toMatch(/^INV-[A-Z2-7]{10}$/);
    expect(Date.parse(invitation.expires_at) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);

    const owner = await userWithSession(h, 'cli-owner@example.com');
    const orgcode = uniqueOrgcode('CLI');
    await h.ok('/ofm/org/create', { orgcode, invitation_code: invitation.invitation_code, user_guid: owner.user_guid, caption: 'CLI org' }, owner.headers);

    const verified = runG3n(['operator', 'org', 'verify', '--orgcode', orgcode.toLowerCase()], env);
    expect(verified.code).toBe(0);
    const out = JSON.parse(verified.stdout);
    expect(out.org).toMatchObject({ orgcode, status: 'verified' });
    expect(['strong', 'pending']).toContain(out.consistency);
    const headers = { ...owner.headers, 'x-orgcode': orgcode };
    await eventually(async () => expect((await h.ok('/ofm/org/get', {}, headers)).org.status).toBe('verified'));

    const again = runG3n(['operator', 'org', 'verify', '--orgcode', orgcode], env);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).error.minor).toBe('invalid-transition');
    const suspended = runG3n(['operator', 'org', 'status', '--orgcode', orgcode, '--status', 'suspended'], env);
    expect(JSON.parse(suspended.stdout).org.status).toBe('suspended');
    expect(runG3n(['operator', 'org', 'status', '--orgcode', 'NOSUCHORG', '--status', 'active'], env).code).toBe(1);
  }, 120_000);
});

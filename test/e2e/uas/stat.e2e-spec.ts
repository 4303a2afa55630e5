// UC-UAS-005: /uas/stat answers health with valid credentials (session or API key), 401 without.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createVerifiedUser, userWithSession } from '../../support/fixtures/identity';

describe('UC-UAS-005 /uas/stat', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('answers health and counts with a session', async () => {
    const user = await userWithSession(h, 'stat@example.com');
    await createVerifiedUser(h, 'stat2@example.com');
    const data = await h.ok('/uas/stat', {}, user.headers);
    expect(data.stat).toEqual({ service: 'uas', status: 'ok', counts: { users: 2, verified_users: 2, pending_verification: 0 } });
  });

  it('is 401 without credentials or with a bad one', async () => {
    const none = await h.post('/uas/stat', {});
    expect(none.status).toBe(401);
    expect(none.body.error.minor.tag).toBe('credentials-required');
    expect((await h.post('/uas/stat', {}, { 'x-session-guid': 'ses_bogus' })).status).toBe(401);
    expect((await h.post('/uas/stat', {}, { 'x-api-key': 'g3n_bogus' })).status).toBe(401);
  });
});

// UC-UAS-001: owner onboarding: create → verify email with the token → set passcode → sign in.
import { createUser, setPasscode, verifyEmail } from '@g3n/uas';
import { ApiHarness, openApiHarness } from '../../support/api-harness';

describe('UC-UAS-001 onboarding with verification and passcode set', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('creates, verifies, sets the passcode and signs in; nothing secret reaches the log', async () => {
    const created = await createUser(h.runtime, { email: '  Owner@Example.COM ' });
    expect(created).toMatchObject({ email: 'owner@example.com', status: 'pending-verification', passcode_set: false });
    expect(created.verification_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const users = h.runtime.readModels.collection('uas_users');
    expect(await users.get(created.user_guid)).toMatchObject({ status: 'pending-verification', passcode_set: false, revision: 0 });

    const early = await h.post('/usm/session/create', { email: 'owner@example.com', passcode: 'Correct-Horse-9' });
    expect(early.status).toBe(401);

    await expect(verifyEmail(h.runtime, { email: 'owner@example.com', token: 'wrong-token' })).rejects.toMatchObject({ minor: 'verification-invalid' });
    await verifyEmail(h.runtime, { email: 'owner@example.com', token: created.verification_token });
    await setPasscode(h.runtime, { user_guid: created.user_guid, passcode: 'Correct-Horse-9' });
    expect(await users.get(created.user_guid)).toMatchObject({ status: 'verified', passcode_set: true, passcode_version: 1, revision: 2 });

    const session = await h.ok('/usm/session/create', { email: 'OWNER@example.com', passcode: 'Correct-Horse-9' });
    expect(session.session.user_guid).toBe(created.user_guid);

    const log = JSON.stringify((await h.runtime.log.readAll({ tenant: 'platform', limit: 1000 })).events);
    expect(log).not.toContain(created.verification_token);
    expect(log).not.toContain('Correct-Horse-9');
    const vault = await h.runtime.store.collection('_uas_credentials').find({ user_guid: created.user_guid });
    expect(vault.items[0].hash).toMatch(/^scrypt\$16384\$/);
  });

  it('refuses a taken email, a bad email and a weak passcode', async () => {
    await createUser(h.runtime, { email: 'taken@example.com', verified: true });
    await expect(createUser(h.runtime, { email: 'TAKEN@example.com' })).rejects.toMatchObject({ tag: 'conflict', minor: 'email-taken' });
    await expect(createUser(h.runtime, { email: 'not-an-email' })).rejects.toMatchObject({ tag: 'validation-error', minor: 'email-invalid' });
    for (const passcode of ['short1', 'onlyletterslong', '1234567890123']) {
      await expect(createUser(h.runtime, { email: `p${passcode.length}@example.com`, passcode })).rejects.toMatchObject({ minor: 'passcode-policy' });
    }
    await expect(createUser(h.runtime, { email: 'weakpass99@example.com', passcode: 'weakpass99' })).rejects.toMatchObject({ minor: 'passcode-policy' });
  });
});

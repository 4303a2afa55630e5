// UC-UAS-003: passcode reset with a token, and the reuse block over the last 5 passcodes.
import { completePasscodeReset, createUser, resetPasscode, setPasscode } from '@g3n/uas';
import { ApiHarness, openApiHarness } from '../../support/api-harness';

describe('UC-UAS-003 passcode reset + reuse block', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  const signIn = (passcode: string) => h.post('/usm/session/create', { email: 'reset@example.com', passcode });

  it('resets with the token, blocks the last 5 passcodes and allows the 6th-oldest', async () => {
    const user = await createUser(h.runtime, { email: 'reset@example.com', passcode: 'Passcode-0001', verified: true });
    const reset = await resetPasscode(h.runtime, { email: 'reset@example.com' });
    await expect(completePasscodeReset(h.runtime, { email: 'reset@example.com', token: 'bogus-token', passcode: 'Passcode-0002' })).rejects.toMatchObject({ minor: 'reset-invalid' });
    await expect(completePasscodeReset(h.runtime, { email: 'reset@example.com', token: reset.reset_token, passcode: 'Passcode-0001' })).rejects.toMatchObject({ tag: 'conflict', minor: 'passcode-reused' });
    await completePasscodeReset(h.runtime, { email: 'reset@example.com', token: reset.reset_token, passcode: 'Passcode-0002' });
    expect((await signIn('Passcode-0001')).status).toBe(401);
    expect((await signIn('Passcode-0002')).status).toBe(200);
    // The reset token is single-use.
    await expect(completePasscodeReset(h.runtime, { email: 'reset@example.com', token: reset.reset_token, passcode: 'Passcode-0003' })).rejects.toMatchObject({ minor: 'reset-invalid' });

    for (const n of [3, 4, 5]) await setPasscode(h.runtime, { user_guid: user.user_guid, passcode: `Passcode-000${n}` });
    // History now: 5,4,3,2,1 → 1 is still blocked; after one more change it leaves the window.
    await expect(setPasscode(h.runtime, { user_guid: user.user_guid, passcode: 'Passcode-0001' })).rejects.toMatchObject({ minor: 'passcode-reused' });
    await setPasscode(h.runtime, { user_guid: user.user_guid, passcode: 'Passcode-0006' });
    await setPasscode(h.runtime, { user_guid: user.user_guid, passcode: 'Passcode-0001' });
    expect((await signIn('Passcode-0001')).status).toBe(200);
    expect(await h.runtime.readModels.collection('uas_users').get(user.user_guid)).toMatchObject({ passcode_version: 7 });
  });

  it('an expired reset token is a 409', async () => {
    await createUser(h.runtime, { email: 'reset2@example.com', passcode: 'Passcode-0001', verified: true });
    const reset = await resetPasscode(h.runtime, { email: 'reset2@example.com', token_ttl_ms: 0 });
    await expect(completePasscodeReset(h.runtime, { email: 'reset2@example.com', token: reset.reset_token, passcode: 'Passcode-0009' })).rejects.toMatchObject({ tag: 'conflict', minor: 'reset-expired' });
  });
});

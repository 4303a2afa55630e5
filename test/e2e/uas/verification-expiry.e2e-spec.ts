// UC-UAS-002: a verification token expires; resend issues a new one and the old one stops working.
import { createUser, resendVerification, verifyEmail } from '@g3n/uas';
import { ApiHarness, openApiHarness } from '../../support/api-harness';

describe('UC-UAS-002 verification token expiry + resend', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('expires, resends, refuses the old token and accepts the new one', async () => {
    // A zero lifetime gives a token that is already expired: no sleeping.
    const user = await createUser(h.runtime, { email: 'late@example.com', token_ttl_ms: 0 });
    await expect(verifyEmail(h.runtime, { email: 'late@example.com', token: user.verification_token })).rejects.toMatchObject({ tag: 'conflict', minor: 'verification-expired' });

    const resent = await resendVerification(h.runtime, { email: 'late@example.com' });
    expect(Date.parse(resent.verification_expires_at) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
    await expect(verifyEmail(h.runtime, { email: 'late@example.com', token: user.verification_token })).rejects.toMatchObject({ minor: 'verification-invalid' });
    await verifyEmail(h.runtime, { user_guid: user.user_guid, token: resent.verification_token });
    expect(await h.runtime.readModels.collection('uas_users').get(user.user_guid)).toMatchObject({ status: 'verified', verification_expires_at: null });
    await expect(resendVerification(h.runtime, { email: 'late@example.com' })).rejects.toMatchObject({ minor: 'already-verified' });
  });

  it('needs a token unless an operator verifies', async () => {
    await createUser(h.runtime, { email: 'op@example.com' });
    await expect(verifyEmail(h.runtime, { email: 'op@example.com' })).rejects.toMatchObject({ minor: 'verification-token-required' });
    await verifyEmail(h.runtime, { email: 'op@example.com', operator: true });
    await expect(verifyEmail(h.runtime, { email: 'nobody@example.com', operator: true })).rejects.toMatchObject({ tag: 'not-found', minor: 'user-not-found' });
  });
});

// A verification token is good for 24 hours: after that verify answers 409 verification-expired, and /test
// sends a fresh token that works.
import type { Clock } from '@g3n/es';
import { rbsSetup, startReceiver, tokenOf } from './rbs-setup';

class OffsetClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

describe('verification token expiry', () => {
  it('refuses an expired token with 409, a wrong one with 400; a re-sent token verifies', async () => {
    const clock = new OffsetClock();
    // Sessions outlive the jump in time (the default session lifetime is 12 h).
    const { h, headers } = await rbsSetup({ clock, env: { G3N_SESSION_TTL_S: String(7 * 24 * 3600) } });
    const receiver = await startReceiver();
    try {
      const { subscription } = await h.ok('/rbs/subscription/register', { target_url: receiver.url, filters: [{ service: 'crm' }] }, headers);
      const id = subscription.subscription_id;
      const token = tokenOf(await receiver.waitFor((m) => m.json?.delivery_reason === 'verification'));
      expect(Date.parse(subscription.verification.expires_at) - clock.now().getTime()).toBeGreaterThan(23.9 * 3600 * 1000);

      const wrong = await h.post('/rbs/subscription/verify', { subscription_id: id, verification_token: 'rbsv_wrong' }, headers);
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.minor.tag).toBe('verification-token-invalid');

      clock.offsetMs = 25 * 3600 * 1000;
      const expired = await h.post('/rbs/subscription/verify', { subscription_id: id, verification_token: token }, headers);
      expect(expired.status).toBe(409);
      expect(expired.body.error).toMatchObject({ major: { tag: 'invalid-state' }, minor: { tag: 'verification-expired' } });

      const resent = await h.ok('/rbs/subscription/test', { subscription_id: id }, headers);
      expect(resent.delivery.delivery_reason).toBe('verification');
      const fresh = tokenOf(receiver.received.filter((m) => m.json.delivery_reason === 'verification').at(-1)!);
      expect(fresh).not.toBe(token);
      expect((await h.ok('/rbs/subscription/verify', { subscription_id: id, verification_token: fresh }, headers)).subscription.status).toBe('active');
    } finally {
      await receiver.close();
      await h.close();
    }
  });
});

// UC-RBS-001: register an HTTP subscription → the verification token arrives, signed → verify → a test delivery
// arrives, signed. Before verification nothing but verification reaches the target.
import { verifyStandardWebhook } from '@g3n/delivery';
import { rbsSetup, startReceiver, tokenOf } from './rbs-setup';

describe('UC-RBS-001 register → verify → test delivery', () => {
  it('delivers the token, verifies with it, then delivers a signed test event', async () => {
    const { h, headers, org_guid } = await rbsSetup();
    const receiver = await startReceiver();
    try {
      const registered = await h.ok('/rbs/subscription/register', {
        target_url: receiver.url, filters: [{ service: 'scm', action_prefix: 'order-' }], caption: 'ERP', reason: 'integration',
      }, headers);
      const { subscription, signing_secret } = registered;
      expect(signing_secret).toMatch(/^whsec_/);
      expect(subscription).toMatchObject({
        org_guid, status: 'pending_verification', target_type: 'http', target_url: receiver.url, queue_url: null, secret_last4: signing_secret.slice(-4),
        filters: [{ service: 'scm', action_prefix: 'order-' }], verified_at: null, revision: 2,
        verification: { last_outcome: 'delivered', last_status_code: 200, last_error: null },
      });
      expect(registered.verification).toMatchObject({ delivery_reason: 'verification', outcome: 'delivered', status_code: 200 });
      expect(JSON.stringify(subscription)).not.toContain('vault_');

      const message = await receiver.waitFor((m) => m.json?.delivery_reason === 'verification');
      expect(message.json).toMatchObject({ subscription_id: subscription.subscription_id, verification: { verification_token: expect.stringMatching(/^rbsv_/) } });
      expect(verifyStandardWebhook(message.headers as Record<string, string>, message.body, signing_secret)).toBe(true);
      expect(verifyStandardWebhook(message.headers as Record<string, string>, message.body, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=')).toBe(false);

      // Not verified yet: a test re-sends verification, never a test event; status cannot move.
      const early = await h.ok('/rbs/subscription/test', { subscription_id: subscription.subscription_id }, headers);
      expect(early.delivery).toMatchObject({ delivery_reason: 'verification', outcome: 'delivered' });
      const refused = await h.post('/rbs/subscription/status/set', { subscription_id: subscription.subscription_id, status: 'active', expected_revision: early.subscription.revision }, headers);
      expect(refused.status).toBe(409);
      expect(refused.body.error.minor.tag).toBe('subscription-not-verified');
      expect(receiver.received.every((m) => m.json.delivery_reason === 'verification')).toBe(true);

      // The first token was replaced by the re-sent one.
      const stale = await h.post('/rbs/subscription/verify', { subscription_id: subscription.subscription_id, verification_token: tokenOf(message) }, headers);
      expect(stale.status).toBe(400);
      expect(stale.body.error.minor.tag).toBe('verification-token-invalid');
      const latest = receiver.received.filter((m) => m.json.delivery_reason === 'verification').at(-1)!;
      const verified = await h.ok('/rbs/subscription/verify', { subscription_id: subscription.subscription_id, verification_token: tokenOf(latest), reason: 'verify' }, headers);
      expect(verified.subscription).toMatchObject({ status: 'active', verified_at: expect.any(String), verification: { expires_at: null } });
      const again = await h.post('/rbs/subscription/verify', { subscription_id: subscription.subscription_id, verification_token: tokenOf(latest) }, headers);
      expect(again.status).toBe(409);
      expect(again.body.error.minor.tag).toBe('already-verified');

      const tested = await h.ok('/rbs/subscription/test', { subscription_id: subscription.subscription_id, reason: 'smoke' }, headers);
      expect(tested.delivery).toMatchObject({ delivery_reason: 'test', outcome: 'delivered', status_code: 200 });
      const test = await receiver.waitFor((m) => m.json?.delivery_reason === 'test');
      expect(test.json).toMatchObject({ subscription_id: subscription.subscription_id, event: { service: 'rbs', action: 'subscription-tested', reason: 'smoke', org_guid } });
      expect(verifyStandardWebhook(test.headers as Record<string, string>, test.body, signing_secret)).toBe(true);
      expect(test.headers['webhook-id']).toBe(test.json.event.event_id);

      expect((await h.ok('/rbs/subscription/get', { subscription_id: subscription.subscription_id }, headers)).subscription.status).toBe('active');
    } finally {
      await receiver.close();
      await h.close();
    }
  });
});

// Live delivery through the shared engine (rbsSubscriptionSource wired by IPM's background service): events of a
// verified, active subscription arrive signed in log order; events before verification never do; a receiver
// answering 410 Gone makes the engine disable the subscription, recorded as an RBS event.
import { verifyStandardWebhook } from '@g3n/delivery';
import { rbsSubscriptionSource } from '@g3n/rbs';
import { rbsSetup, startReceiver, tokenOf } from './rbs-setup';

const customer = (caption: string) => ({ customer: { caption }, reason: 'signup' });

describe('live delivery to a verified subscription', () => {
  it('delivers only what happens after verification; 410 disables the subscription', async () => {
    const { h, headers, org_guid } = await rbsSetup();
    const receiver = await startReceiver();
    try {
      const { subscription, signing_secret } = await h.ok('/rbs/subscription/register', { target_url: receiver.url, filters: [{ service: 'crm', action_prefix: 'customer-' }] }, headers);
      const id = subscription.subscription_id;
      await h.ok('/crm/customer/create', customer('Before Verify'), headers);
      const source = rbsSubscriptionSource(h.runtime);
      expect((await source.targets()).map((t) => t.target_id)).not.toContain(id);

      const token = tokenOf(await receiver.waitFor((m) => m.json?.delivery_reason === 'verification'));
      await h.ok('/rbs/subscription/verify', { subscription_id: id, verification_token: token }, headers);
      const target = (await source.targets()).find((t) => t.target_id === id);
      expect(target).toMatchObject({ owner: 'rbs.subscription', org_guid, status: 'active', start_after: expect.any(Number) });

      await h.ok('/crm/customer/create', customer('After Verify'), headers);
      const live = await receiver.waitFor((m) => m.json?.delivery_reason === 'live', 15_000);
      expect(live.json).toMatchObject({ subscription_id: id, event: { service: 'crm', org_guid } });
      expect(JSON.stringify(live.json.event.data)).toContain('After Verify');
      expect(verifyStandardWebhook(live.headers as Record<string, string>, live.body, signing_secret)).toBe(true);
      expect(receiver.received.some((m) => JSON.stringify(m.json).includes('Before Verify'))).toBe(false);

      // The partner is gone: 410 → the engine asks RBS to disable, which records it on the subscription.
      receiver.answer = 410;
      await h.ok('/crm/customer/create', customer('Gone'), headers);
      const until = Date.now() + 15_000;
      let status = '';
      while (Date.now() < until) {
        const sub = (await h.ok('/rbs/subscription/get', { subscription_id: id }, headers)).subscription;
        status = sub.status;
        if (status === 'disabled') {
          expect(sub.status_note).toBeTruthy();
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe('disabled');
      const events = await h.runtime.log.readAll({ tenant: org_guid, typePrefixes: ['rbs.subscription-status-set'] });
      expect(events.events.at(-1)).toMatchObject({ data: { status: 'disabled', by: 'delivery-engine' }, metadata: { actor: 'system:delivery' } });
    } finally {
      await receiver.close();
      await h.close();
    }
  });
});

// UC-RBS-002: update a subscription (filters keep verification; a new target needs it again) and set its status.
import { rbsSetup, startReceiver, tokenOf } from './rbs-setup';

describe('UC-RBS-002 update + status set', () => {
  it('updates with expected_revision, moves through statuses, re-verifies a new target, unregisters', async () => {
    const { h, headers } = await rbsSetup();
    const first = await startReceiver();
    const second = await startReceiver();
    try {
      const { subscription } = await h.ok('/rbs/subscription/register', { target_url: first.url, filters: [{ service: 'scm' }] }, headers);
      const id = subscription.subscription_id;
      const token = tokenOf(await first.waitFor((m) => m.json?.delivery_reason === 'verification'));
      let sub = (await h.ok('/rbs/subscription/verify', { subscription_id: id, verification_token: token }, headers)).subscription;

      const missing = await h.post('/rbs/subscription/update', { subscription_id: id, filters: [{ service: 'ics' }] }, headers);
      expect(missing.status).toBe(428);
      const stale = await h.post('/rbs/subscription/update', { subscription_id: id, filters: [{ service: 'ics' }], expected_revision: sub.revision - 1 }, headers);
      expect(stale.status).toBe(409);
      expect(stale.body.error.conflict_snapshot.revision).toBe(sub.revision);

      const updated = await h.ok('/rbs/subscription/update', { subscription_id: id, filters: [{ service: 'ics', action_prefix: 'stock-' }], caption: 'Stock feed', expected_revision: sub.revision }, headers);
      expect(updated.verification).toBeNull();
      sub = updated.subscription;
      expect(sub).toMatchObject({ status: 'active', caption: 'Stock feed', filters: [{ service: 'ics', action_prefix: 'stock-' }], revision: 4 });

      sub = (await h.ok('/rbs/subscription/status/set', { subscription_id: id, status: 'paused', expected_revision: sub.revision, reason: 'maintenance' }, headers)).subscription;
      expect(sub).toMatchObject({ status: 'paused', status_note: 'maintenance' });
      const same = await h.post('/rbs/subscription/status/set', { subscription_id: id, status: 'paused', expected_revision: sub.revision }, headers);
      expect(same.status).toBe(409);
      expect(same.body.error.minor.tag).toBe('invalid-status-transition');
      sub = (await h.ok('/rbs/subscription/status/set', { subscription_id: id, status: 'disabled', expected_revision: sub.revision }, headers)).subscription;
      sub = (await h.ok('/rbs/subscription/status/set', { subscription_id: id, status: 'active', expected_revision: sub.revision }, headers)).subscription;
      expect(sub.status).toBe('active');

      // A new target: back to pending_verification, the token goes to the new receiver only.
      const moved = await h.ok('/rbs/subscription/update', { subscription_id: id, target_url: second.url, expected_revision: sub.revision }, headers);
      expect(moved.subscription).toMatchObject({ status: 'pending_verification', target_url: second.url });
      expect(moved.verification).toMatchObject({ outcome: 'delivered' });
      const token2 = tokenOf(await second.waitFor((m) => m.json?.delivery_reason === 'verification'));
      sub = (await h.ok('/rbs/subscription/verify', { subscription_id: id, verification_token: token2 }, headers)).subscription;
      expect(sub.status).toBe('active');

      const list = await h.ok('/rbs/subscription/list', { limit: 10 }, headers);
      expect(list.items.map((s: { subscription_id: string }) => s.subscription_id)).toEqual([id]);
      expect((await h.ok('/rbs/stat', {}, headers)).stat).toMatchObject({ service: 'rbs', status: 'ok', counts: { subscriptions: 1, active: 1 } });

      sub = (await h.ok('/rbs/subscription/unregister', { subscription_id: id, expected_revision: sub.revision }, headers)).subscription;
      expect(sub.status).toBe('unregistered');
      const after = await h.post('/rbs/subscription/test', { subscription_id: id }, headers);
      expect(after.status).toBe(409);
      expect(after.body.error.minor.tag).toBe('subscription-unregistered');
      expect((await h.ok('/rbs/subscription/list', {}, headers)).items).toEqual([]);
      expect((await h.ok('/rbs/subscription/list', { status: 'unregistered' }, headers)).items).toHaveLength(1);

      const other = await h.post('/rbs/subscription/get', { subscription_id: 'sub_nope' }, headers);
      expect(other.status).toBe(404);
      expect(other.body.error.minor.tag).toBe('subscription-not-found');
      const both = await h.post('/rbs/subscription/register', { target_url: first.url, queue_url: 'https://sqs.us-east-1.amazonaws.com/1/q', filters: [{ service: 'scm' }] }, headers);
      expect(both.status).toBe(400);
    } finally {
      await first.close();
      await second.close();
      await h.close();
    }
  });
});

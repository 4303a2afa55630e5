import { createWebhook, eventually, startReceiver, verifies, webhookSetup } from './webhook-support';

describe('UC-IPM-001: create a webhook, receive signed events, replay, see the delivery log', () => {
  it('delivers, shows attempts, replays without disturbing live delivery, pauses and resumes', async () => {
    const { h, headers, org_guid } = await webhookSetup();
    const receiver = await startReceiver();
    try {
      const created = await createWebhook(h, headers, receiver.url);
      expect(created.signing_secret).toMatch(/^whsec_/);
      expect(created.webhook).toMatchObject({ webhook_id: created.webhook_id, status: 'active', revision: 0, secret_last4: created.signing_secret.slice(-4) });
      expect(JSON.stringify(created.webhook)).not.toContain('vault_');
      const customers = [];
      for (const caption of ['Ann', 'Bob']) customers.push((await h.ok<any>('/crm/customer/create', { customer: { caption }, reason: 'signup' }, headers)).customer_id);
      await eventually(() => expect(receiver.accepted).toHaveLength(2));
      for (const d of receiver.accepted) {
        expect(verifies(d, created.signing_secret)).toBe(true);
        expect(d.body).toMatchObject({ webhook_id: created.webhook_id, delivery_reason: 'live', event: { service: 'crm', action: 'customer-created', org_guid } });
        expect(d.headers['webhook-id']).toBe(d.body.event.event_id);
      }
      expect(receiver.accepted.map((d) => d.body.event.data.customer_id)).toEqual(customers);

      // The secret is never shown again; the delivery log is.
      // (the engine records an attempt after it reads the receiver's answer, so wait for the second record)
      await eventually(async () => expect((await h.ok<any>('/ipm/webhook/get', { webhook_id: created.webhook_id }, headers)).webhook.recent_attempts).toHaveLength(2));
      const got = (await h.ok<any>('/ipm/webhook/get', { webhook_id: created.webhook_id }, headers)).webhook;
      expect(JSON.stringify(got)).not.toContain(created.signing_secret.slice(6, 20));
      expect(got.recent_attempts).toHaveLength(2);
      expect(got.recent_attempts[0]).toMatchObject({ delivery_reason: 'live', status_code: 200, attempt: 1, error: null });
      const list = await h.ok<any>('/ipm/webhook/list', { service: 'crm', action_prefix: 'customer-' }, headers);
      expect(list.items.map((w: any) => w.webhook_id)).toEqual([created.webhook_id]);
      expect((await h.ok<any>('/ipm/webhook/list', { service: 'scm' }, headers)).items).toEqual([]);

      const replay = await h.ok<any>('/ipm/webhook/replay', { webhook_id: created.webhook_id, from_position: got.start_after + 1, reason: 'resync' }, headers);
      expect(replay).toMatchObject({ webhook_id: created.webhook_id, delivered: 2, failed: 0 });
      const replayed = receiver.accepted.slice(2);
      expect(replayed.map((d) => d.body.delivery_reason)).toEqual(['replay', 'replay']);
      expect(replayed.every((d) => verifies(d, created.signing_secret))).toBe(true);
      const byIds = await h.ok<any>('/ipm/webhook/replay', { webhook_id: created.webhook_id, event_ids: [receiver.accepted[1].body.event.event_id] }, headers);
      expect(byIds).toMatchObject({ delivered: 1, failed: 0 });
      const bad = await h.post<any>('/ipm/webhook/replay', { webhook_id: created.webhook_id }, headers);
      expect(bad.status).toBe(400);

      // Pause (revision-pinned), miss nothing while paused, resume.
      const current = (await h.ok<any>('/ipm/webhook/get', { webhook_id: created.webhook_id }, headers)).webhook;
      expect((await h.post<any>('/ipm/webhook/status/set', { webhook_id: created.webhook_id, status: 'paused' }, headers)).status).toBe(428);
      const paused = (await h.ok<any>('/ipm/webhook/status/set', { webhook_id: created.webhook_id, status: 'paused', expected_revision: current.revision }, headers)).webhook;
      expect(paused.status).toBe('paused');
      await new Promise((r) => setTimeout(r, 1200));
      const before = receiver.accepted.length;
      await h.ok('/crm/customer/create', { customer: { caption: 'Cid' }, reason: 'signup' }, headers);
      await new Promise((r) => setTimeout(r, 1500));
      expect(receiver.accepted).toHaveLength(before);
      await h.ok('/ipm/webhook/status/set', { webhook_id: created.webhook_id, status: 'active', expected_revision: paused.revision }, headers);
      await eventually(() => expect(receiver.accepted).toHaveLength(before + 1));
      expect(receiver.accepted[before].body).toMatchObject({ delivery_reason: 'live', event: { data: { caption: 'Cid' } } });
    } finally {
      await receiver.close();
      await h.close();
    }
  }, 30_000);
});

import { createWebhook, eventually, startReceiver, verifies, webhookSetup } from './webhook-support';

describe('webhooks: receiver down, then up', () => {
  it('delivers every matching event once it is back, none lost, per-stream order kept, every signature valid', async () => {
    const { h, headers } = await webhookSetup('0,100,200,300,400,500,600,700,800,900,1000,1000');
    let up = false;
    const receiver = await startReceiver(() => (up ? 200 : 503));
    try {
      const created = await createWebhook(h, headers, receiver.url, [{ service: 'crm', action_prefix: 'customer-' }, { service: 'crm', action_prefix: 'loyalty-' }]);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const customer_id = (await h.ok<any>('/crm/customer/create', { customer: { caption: `C${i}` }, reason: 'signup' }, headers)).customer_id;
        ids.push(customer_id);
        for (const points of [10, 20]) await h.ok('/crm/loyalty/earn', { customer_id, points }, headers);
      }
      await eventually(() => expect(receiver.calls()).toBeGreaterThanOrEqual(3));
      up = true;
      const written = [];
      for (let after = 0; ;) {
        const page = await h.runtime.log.readAll({ after, tenant: created.webhook.org_guid, typePrefixes: ['crm.customer-', 'crm.loyalty-'] });
        written.push(...page.events.filter((e) => e.position > created.webhook.start_after));
        if (page.atEnd) break;
        after = page.next;
      }
      await eventually(() => expect(new Set(receiver.accepted.map((d) => d.body.event.event_id)).size).toBe(written.length), 15_000);
      expect(written.length).toBeGreaterThanOrEqual(9);
      const received = receiver.accepted.map((d) => d.body.event);
      // None lost, none out of order: the receiver sees the log order exactly (so per-stream order holds too).
      expect(received.map((e) => e.event_id)).toEqual(written.map((e) => e.metadata.event_id));
      for (const stream of new Set(received.map((e) => e.stream))) {
        const revisions = received.filter((e) => e.stream === stream).map((e) => e.revision);
        expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
      }
      expect(receiver.accepted.every((d) => verifies(d, created.signing_secret))).toBe(true);
      expect(receiver.accepted[0].body.delivery_reason).toBe('retry');
      const got = (await h.ok<any>('/ipm/webhook/get', { webhook_id: created.webhook_id, attempts_limit: 100 }, headers)).webhook;
      expect(got.status).toBe('active');
      expect(got.recent_attempts.some((a: any) => a.status_code === 503)).toBe(true);
    } finally {
      await receiver.close();
      await h.close();
    }
  }, 40_000);
});

import { createWebhook, eventually, startReceiver, webhookSetup } from './webhook-support';

describe('webhooks: a failing endpoint pauses without slowing the others', () => {
  it('pauses the always-failing webhook after its schedule while the healthy one is delivered promptly', async () => {
    const { h, headers } = await webhookSetup('0,400,400,400,400');
    const failing = await startReceiver(() => 500);
    const healthy = await startReceiver(() => 200);
    try {
      const bad = await createWebhook(h, headers, failing.url);
      const good = await createWebhook(h, headers, healthy.url);
      await new Promise((r) => setTimeout(r, 1200)); // both loops started
      const lags: number[] = [];
      for (let i = 0; i < 4; i++) {
        const sent = Date.now();
        await h.ok('/crm/customer/create', { customer: { caption: `C${i}` }, reason: 'signup' }, headers);
        await eventually(() => expect(healthy.accepted).toHaveLength(i + 1), 5000);
        lags.push(healthy.accepted[i].at - sent);
        await new Promise((r) => setTimeout(r, 300));
      }
      await eventually(async () => expect((await h.ok<any>('/ipm/webhook/get', { webhook_id: bad.webhook_id }, headers)).webhook.status).toBe('paused'), 10_000);
      const badView = (await h.ok<any>('/ipm/webhook/get', { webhook_id: bad.webhook_id, attempts_limit: 100 }, headers)).webhook;
      const goodView = (await h.ok<any>('/ipm/webhook/get', { webhook_id: good.webhook_id, attempts_limit: 100 }, headers)).webhook;
      // The failing one: 5 attempts of its first event (the whole schedule), about 1.6 s of retrying, then paused.
      expect(failing.calls()).toBe(5);
      expect(badView.recent_attempts).toHaveLength(5);
      expect(badView.status_reason).toMatch(/failed 5 times/);
      const times = badView.recent_attempts.map((a: any) => Date.parse(a.at)).sort();
      expect(times[times.length - 1] - times[0]).toBeGreaterThanOrEqual(1200);
      // The healthy one, measured during those retries: every event within a second, each on its first attempt.
      expect(Math.max(...lags)).toBeLessThan(1000);
      expect(goodView.recent_attempts.every((a: any) => a.attempt === 1 && a.status_code === 200)).toBe(true);
      expect(goodView.status).toBe('active');
    } finally {
      await failing.close();
      await healthy.close();
      await h.close();
    }
  }, 40_000);
});

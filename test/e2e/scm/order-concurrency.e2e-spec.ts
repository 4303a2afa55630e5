import { openApiHarness } from '../../support/api-harness';
import { salesSetup } from './scm-setup';

describe('order concurrency', () => {
  it('parallel place and cancel pinned to one revision: exactly one wins, the others get 409, nothing is lost', async () => {
    const h = await openApiHarness();
    try {
      const s = await salesSetup(h, 'scm-race@example.com');
      const order = (await h.ok('/scm/order/create', { logical_guid: s.logical_guid, channel_code: 'web', items: [{ variant_id: s.variants[0], qty: 1, unit_price_minor: 100 }] }, s.headers)).order;
      const pinned = { order_id: order.order_id, expected_revision: order.revision };
      const answers = await Promise.all([
        ...Array.from({ length: 4 }, () => h.post('/scm/order/place', pinned, s.headers)),
        ...Array.from({ length: 4 }, () => h.post('/scm/order/cancel', pinned, s.headers)),
      ]);
      const won = answers.filter((a) => a.status === 200);
      expect(won).toHaveLength(1);
      const lost = answers.filter((a) => a.status !== 200);
      expect(lost.every((a) => a.status === 409 && a.body.error.minor.tag === 'revision-mismatch' && a.body.error.conflict_snapshot?.revision === 1)).toBe(true);
      const final = (await h.ok('/scm/order/get', { order_id: order.order_id }, s.headers)).order;
      expect(final.revision).toBe(1);
      expect(final.status).toBe(won[0].body.data.order.status);
    } finally {
      await h.close();
    }
  }, 60_000);
});

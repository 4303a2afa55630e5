import { openApiHarness } from '../../support/api-harness';
import { salesSetup, waitForOrder } from './scm-setup';

describe('UC-SCM-001: order create → place → promise/allocate', () => {
  it('quotes, allocates through ICS (reserve then allocate), records refusals, and releases on cancel', async () => {
    const h = await openApiHarness();
    try {
      const s = await salesSetup(h, 'scm-uc1@example.com', { variants: 2, stock: 5 });
      const [v1, v2] = s.variants;
      const items = [{ variant_id: v1, qty: 3, unit_price_minor: 1250 }, { variant_id: v2, qty: 9, unit_price_minor: 500 }];
      const order = (await h.ok('/scm/order/create', { logical_guid: s.logical_guid, channel_code: 'web', items, reason: 'checkout' }, s.headers)).order;
      expect(order.total).toEqual({ amount_minor: 3 * 1250 + 9 * 500, currency: 'USD' });
      await h.ok('/scm/order/place', { order_id: order.order_id, expected_revision: order.revision }, s.headers);

      const quote = (await h.ok('/scm/order/promise/quote', { order_id: order.order_id }, s.headers)).quote;
      expect(quote).toMatchObject({ promisable: false, lines: [{ line_id: 'L1', available: 5, promisable: true }, { line_id: 'L2', available: 5, promisable: false, short_qty: 4 }] });

      const asked = (await h.ok('/scm/order/promise/allocate', { order_id: order.order_id, reason: 'promise' }, s.headers)).promise;
      expect(asked).toMatchObject({ order_id: order.order_id, action: 'allocate', line_ids: ['L1', 'L2'], status: 'requested' });
      expect(asked.request_id).toEqual(expect.any(String));

      const settled = await waitForOrder(h, s.headers, order.order_id, (o) => o.lines.every((l: any) => !l.promise.pending));
      expect(settled.lines[0].promise).toMatchObject({ state: 'allocated', held_qty: 3, target: null, refusal: null });
      expect(settled.lines[1].promise).toMatchObject({ state: 'refused', held_qty: 0, refusal: { action: 'reserve' } });
      const level = (await h.ok('/ics/stock/get', { logical_guid: s.logical_guid, variant_id: v1 }, s.headers));
      expect(JSON.stringify(level)).toMatch(/"allocated":3/);

      // A refused line can be asked again once stock arrives.
      await h.ok('/ics/adjustment/create', { logical_guid: s.logical_guid, variant_id: v2, qty_delta: 10, reason: 'restock' }, s.headers);
      await h.ok('/scm/order/promise/allocate', { order_id: order.order_id, line_ids: ['L2'] }, s.headers);
      const both = await waitForOrder(h, s.headers, order.order_id, (o) => o.lines[1].promise.state === 'allocated');
      expect(both.lines[1].promise.held_qty).toBe(9);
      const twice = await h.post('/scm/order/promise/allocate', { order_id: order.order_id, line_ids: ['L1'] }, s.headers);
      expect(twice.status).toBe(409);
      expect(twice.body.error.minor.tag).toBe('already-allocated');

      // Cancelling releases what the lines hold.
      await h.ok('/scm/order/cancel', { order_id: both.order_id, expected_revision: both.revision }, s.headers);
      const released = await waitForOrder(h, s.headers, order.order_id, (o) => o.lines.every((l: any) => l.promise.state === 'released'));
      expect(released.status).toBe('cancelled');
      const after = (await h.ok('/scm/order/promise/quote', { logical_guid: s.logical_guid, items: [{ variant_id: v1, qty: 5 }] }, s.headers)).quote;
      expect(after.lines[0]).toMatchObject({ available: 5, promisable: true });
    } finally {
      await h.close();
    }
  }, 90_000);
});

import { openApiHarness } from '../../support/api-harness';
import { committedOrder, salesSetup, waitForOrder } from './scm-setup';

const stockOf = async (h: any, headers: Record<string, string>, logical_guid: string, variant_id: string) =>
  (await h.ok('/ics/stock/get', { logical_guid, variant_id }, headers)).stock;

describe('UC-SCM-002: fulfillment pick → pack → ship → deliver', () => {
  it('ships committed lines, consuming the stock in ICS, and completes the order on delivery', async () => {
    const h = await openApiHarness();
    try {
      const s = await salesSetup(h, 'scm-uc2@example.com', { stock: 10 });
      const order = await committedOrder(h, s, 4);
      expect(await stockOf(h, s.headers, s.logical_guid, s.variants[0])).toMatchObject({ on_hand: 10, committed: 4 });

      const early = await h.post('/scm/fulfillment/shipment/create', { order_id: order.order_id, lines: [{ line_id: 'L1', qty: 5 }] }, s.headers);
      expect(early.body.error?.minor?.tag).toBe('qty-not-committed');
      const shipment = (await h.ok('/scm/fulfillment/shipment/create', { order_id: order.order_id }, s.headers)).shipment;
      expect(shipment).toMatchObject({ order_id: order.order_id, status: 'created', logical_guid: s.logical_guid, lines: [{ line_id: 'L1', qty: 4 }] });
      const none = await h.post('/scm/fulfillment/shipment/create', { order_id: order.order_id }, s.headers);
      expect(none.body.error?.minor?.tag).toBe('nothing-committed');

      const outOfOrder = await h.post('/scm/fulfillment/shipment/ship', { shipment_id: shipment.shipment_id }, s.headers);
      expect(outOfOrder.status).toBe(409);
      expect(outOfOrder.body.error.minor.tag).toBe('invalid-shipment-transition');
      const picked = (await h.ok('/scm/fulfillment/shipment/pick', { shipment_id: shipment.shipment_id }, s.headers)).shipment;
      const stale = await h.post('/scm/fulfillment/shipment/pack', { shipment_id: shipment.shipment_id, expected_revision: picked.revision - 1 }, s.headers);
      expect(stale.status).toBe(409);
      expect(stale.body.error.minor.tag).toBe('revision-mismatch');
      await h.ok('/scm/fulfillment/shipment/pack', { shipment_id: shipment.shipment_id, expected_revision: picked.revision }, s.headers);
      const shipped = (await h.ok('/scm/fulfillment/shipment/ship', { shipment_id: shipment.shipment_id }, s.headers)).shipment;
      expect(shipped.status).toBe('shipped');
      expect(shipped.shipped_at).toEqual(expect.any(String));
      expect((await h.post('/scm/fulfillment/shipment/cancel', { shipment_id: shipment.shipment_id }, s.headers)).status).toBe(409);

      // ICS consumes the committed hold through its reactor: on_hand and committed drop.
      const deadline = Date.now() + 10_000;
      let level = await stockOf(h, s.headers, s.logical_guid, s.variants[0]);
      while (level.on_hand !== 6 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        level = await stockOf(h, s.headers, s.logical_guid, s.variants[0]);
      }
      expect(level).toMatchObject({ on_hand: 6, committed: 0 });
      expect((await h.ok('/scm/order/get', { order_id: order.order_id }, s.headers)).order).toMatchObject({ status: 'fulfilled', lines: [{ shipped_qty: 4 }] });

      await h.ok('/scm/fulfillment/shipment/deliver', { shipment_id: shipment.shipment_id }, s.headers);
      const done = await waitForOrder(h, s.headers, order.order_id, (o) => o.status === 'completed');
      expect(done.lines[0].delivered_qty).toBe(4);
      const listed = await h.ok('/scm/fulfillment/shipment/list', { order_id: order.order_id }, s.headers);
      expect(listed.items.map((x: any) => x.status)).toEqual(['delivered']);
    } finally {
      await h.close();
    }
  }, 90_000);

  it('cancels a shipment before it ships, so its quantities can ship again', async () => {
    const h = await openApiHarness();
    try {
      const s = await salesSetup(h, 'scm-uc2-cancel@example.com', { stock: 3 });
      const order = await committedOrder(h, s, 3);
      const first = (await h.ok('/scm/fulfillment/shipment/create', { order_id: order.order_id, lines: [{ line_id: 'L1', qty: 2 }] }, s.headers)).shipment;
      await h.ok('/scm/fulfillment/shipment/pick', { shipment_id: first.shipment_id }, s.headers);
      expect((await h.ok('/scm/fulfillment/shipment/cancel', { shipment_id: first.shipment_id }, s.headers)).shipment.status).toBe('cancelled');
      const second = (await h.ok('/scm/fulfillment/shipment/create', { order_id: order.order_id }, s.headers)).shipment;
      expect(second.lines).toEqual([{ line_id: 'L1', variant_id: s.variants[0], qty: 3 }]);
    } finally {
      await h.close();
    }
  }, 90_000);
});

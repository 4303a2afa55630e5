import { streamName } from '@g3n/eventlog';
import { openApiHarness } from '../../support/api-harness';
import { committedOrder, salesSetup } from './scm-setup';

describe('UC-SCM-003: tender settlement, return and refund', () => {
  it('settles tenders (order settled once), returns shipped qty, and never refunds more than was paid, even in parallel', async () => {
    const h = await openApiHarness();
    try {
      const s = await salesSetup(h, 'scm-uc3@example.com', { stock: 5 });
      const order = await committedOrder(h, s, 2, 1500); // total 3000 USD
      const shipment = (await h.ok('/scm/fulfillment/shipment/create', { order_id: order.order_id }, s.headers)).shipment;
      for (const step of ['pick', 'pack', 'ship']) await h.ok(`/scm/fulfillment/shipment/${step}`, { shipment_id: shipment.shipment_id }, s.headers);

      // Tenders: capture never beyond the total; void before settle; settle covers the total once.
      const capture = (amount_minor: number, method = 'card') => h.post('/scm/tender/capture', { order_id: order.order_id, amount_minor, currency: 'USD', method }, s.headers);
      const card = (await capture(2000)).body.data.tender;
      const gift = (await capture(1000, 'gift_card')).body.data.tender;
      expect((await capture(1)).body.error.minor.tag).toBe('tender-exceeds-balance');
      expect((await h.ok('/scm/tender/void', { tender_id: gift.tender_id }, s.headers)).tender.status).toBe('voided');
      expect((await h.post('/scm/tender/settle', { tender_id: gift.tender_id }, s.headers)).body.error.minor.tag).toBe('tender-not-captured');
      const cash = (await capture(1000, 'cash')).body.data.tender;
      await h.ok('/scm/tender/settle', { tender_id: card.tender_id }, s.headers);
      expect((await h.ok('/scm/order/get', { order_id: order.order_id }, s.headers)).order.payment).toMatchObject({ settled_minor: 2000, settled: false });
      const settled = await h.ok('/scm/tender/settle', { tender_id: cash.tender_id }, s.headers);
      expect(settled.tender).toMatchObject({ status: 'settled', settled_at: expect.any(String) });
      expect((await h.post('/scm/tender/void', { tender_id: cash.tender_id }, s.headers)).body.error.minor.tag).toBe('tender-not-captured');
      const paid = (await h.ok('/scm/order/get', { order_id: order.order_id }, s.headers)).order;
      expect(paid.payment).toMatchObject({ settled_minor: 3000, settled: true });
      const events = await h.runtime.log.readStream(streamName(s.org_guid, 'scm.order', order.order_id));
      const settledEvents = events.filter((e) => e.type === 'scm.order-settled');
      expect(settledEvents.map((e) => e.data)).toEqual([{ order_id: order.order_id, customer_id: null, total: { amount_minor: 3000, currency: 'USD' }, settled_at: expect.any(String) }]);
      expect((await h.ok('/scm/tender/list', { order_id: order.order_id, status: 'settled' }, s.headers)).items).toHaveLength(2);

      // Returns: only shipped qty; refunds need the return received.
      expect((await h.post('/scm/return/request', { order_id: order.order_id, lines: [{ line_id: 'L1', qty: 3 }] }, s.headers)).body.error.minor.tag).toBe('qty-not-returnable');
      const ret = (await h.ok('/scm/return/request', { order_id: order.order_id, lines: [{ line_id: 'L1', qty: 2 }] }, s.headers)).return;
      expect(ret).toMatchObject({ status: 'requested', lines: [{ line_id: 'L1', qty: 2 }] });
      const early = await h.post('/scm/refund/issue', { return_id: ret.return_id, amount_minor: 100, currency: 'USD' }, s.headers);
      expect(early.body.error.minor.tag).toBe('return-not-received');
      expect((await h.ok('/scm/return/receive', { return_id: ret.return_id }, s.headers)).return.status).toBe('received');

      // Eight parallel refunds of 500 against 3000 paid: exactly six succeed, the rest are 409 refund-exceeds-paid.
      const answers = await Promise.all(Array.from({ length: 8 }, () => h.post('/scm/refund/issue', { return_id: ret.return_id, amount_minor: 500, currency: 'USD' }, s.headers)));
      expect(answers.filter((a) => a.status === 200)).toHaveLength(6);
      expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.minor.tag)).toEqual(['refund-exceeds-paid', 'refund-exceeds-paid']);
      const after = (await h.ok('/scm/order/get', { order_id: order.order_id }, s.headers)).order;
      expect(after.payment.refunded_minor).toBe(3000);
      const final = (await h.ok('/scm/return/get', { return_id: ret.return_id }, s.headers)).return;
      expect(final.refunds).toHaveLength(6);
      expect(final.refunded_minor).toBe(3000);
      expect((await h.ok('/scm/return/list', { order_id: order.order_id }, s.headers)).items).toHaveLength(1);
    } finally {
      await h.close();
    }
  }, 90_000);
});

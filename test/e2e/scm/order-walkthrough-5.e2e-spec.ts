import { openApiHarness } from '../../support/api-harness';
import { salesSetup } from './scm-setup';

describe('walkthrough 5: order lifecycle (SCM)', () => {
  it('creates an order as written (channel WEB, no price) and places it with its revision', async () => {
    const h = await openApiHarness();
    try {
      const s = await salesSetup(h, 'scm-w5@example.com');
      const created = await h.post('/scm/order/create', {
        logical_guid: s.logical_guid, channel_code: 'WEB', items: [{ variant_id: s.variants[0], qty: 1 }],
        reason: 'checkout', source_refs: [{ kind: 'cart', id: 'cart-123' }],
      }, s.headers);
      expect(created.status).toBe(200);
      const order = created.body.data.order;
      expect(order).toMatchObject({
        status: 'draft', revision: 0, channel_code: 'web', currency: 'USD', customer_id: null, unpriced_line_count: 1,
        lines: [{ line_id: 'L1', variant_id: s.variants[0], qty: 1, status: 'open', unit_price_minor: null, promise: { state: 'none' } }],
        source_refs: [{ kind: 'cart', id: 'cart-123' }],
      });

      const missing = await h.post('/scm/order/place', { order_id: order.order_id, reason: 'checkout' }, s.headers);
      expect(missing.status).toBe(428);
      const placed = await h.ok('/scm/order/place', { order_id: order.order_id, expected_revision: order.revision, reason: 'checkout' }, s.headers);
      expect(placed.order).toMatchObject({ status: 'placed', revision: 1, total: { amount_minor: 0, currency: 'USD' } });
      const again = await h.post('/scm/order/place', { order_id: order.order_id, expected_revision: 1 }, s.headers);
      expect(again.status).toBe(409);
      expect(again.body.error.minor.tag).toBe('order-not-draft');

      const found = await h.ok('/scm/order/search', { source_ref_kind: 'cart', source_ref_id: 'cart-123' }, s.headers);
      expect(found.items.map((o: any) => o.order_id)).toEqual([order.order_id]);
      const listed = await h.ok('/scm/order/list', { status: 'placed' }, s.headers);
      expect(listed.items).toHaveLength(1);
    } finally {
      await h.close();
    }
  }, 60_000);

  it('refuses unknown variants, channels and customers', async () => {
    const h = await openApiHarness();
    try {
      const s = await salesSetup(h, 'scm-w5-errors@example.com');
      const base = { logical_guid: s.logical_guid, channel_code: 'web', items: [{ variant_id: s.variants[0], qty: 1 }] };
      const tag = async (body: object) => (await h.post('/scm/order/create', body, s.headers)).body.error?.minor?.tag;
      expect(await tag({ ...base, items: [{ variant_id: 'nope', qty: 1 }] })).toBe('variant-not-found');
      expect(await tag({ ...base, channel_code: 'pos' })).toBe('channel-not-found');
      expect(await tag({ ...base, customer_id: 'cus_nope' })).toBe('customer-not-found');
      expect(await tag({ ...base, logical_guid: 'nope' })).toBe('logical-facility-not-found');
      expect((await h.post('/scm/order/get', { order_id: 'ord_nope' }, s.headers)).status).toBe(404);
    } finally {
      await h.close();
    }
  }, 60_000);
});

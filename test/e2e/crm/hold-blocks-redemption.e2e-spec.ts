import { createCustomer, crmSetup } from './crm-setup';

describe('a hold blocks loyalty and gift card redemption until resolved', () => {
  it('flags fraud with a hold, refuses redemptions, then allows them once the hold is resolved', async () => {
    const { h, headers } = await crmSetup();
    try {
      const customer_id = await createCustomer(h, headers);
      await h.ok('/crm/loyalty/earn', { customer_id, points: 100 }, headers);
      const card = (await h.ok('/crm/giftcard/issue', { amount_minor: 1000, currency: 'USD', customer_id }, headers)).giftcard;

      const flagged = await h.ok('/crm/customer/flag/set', { customer_id, flag_code: 'fraud_suspected', active: true, place_hold: true, note: 'chargeback pattern' }, headers);
      expect(flagged.flag).toMatchObject({ flag_code: 'fraud_suspected', active: true });
      expect(flagged.hold).toMatchObject({ status: 'open', customer_id, blocks: ['loyalty-redeem', 'giftcard-redeem'] });
      const { customer } = await h.ok('/crm/customer/get', { customer_id }, headers);
      expect(customer).toMatchObject({ on_hold: true, flags: ['fraud_suspected'], open_hold_ids: [flagged.hold.hold_id] });

      const redeem = await h.post('/crm/loyalty/redeem', { customer_id, points: 10 }, headers);
      expect(redeem.status).toBe(409);
      expect(redeem.body.error.minor.tag).toBe('customer-on-hold');
      const giftcard = await h.post('/crm/giftcard/redeem', { giftcard_id: card.giftcard_id, amount_minor: 100, currency: 'USD' }, headers);
      expect(giftcard.status).toBe(409);
      expect(giftcard.body.error.minor.tag).toBe('customer-on-hold');
      // Earning is not blocked.
      await h.ok('/crm/loyalty/earn', { customer_id, points: 1 }, headers);

      const open = await h.ok('/crm/customer/hold/list', { customer_id, status: 'open' }, headers);
      expect(open.items.map((x: { hold_id: string }) => x.hold_id)).toEqual([flagged.hold.hold_id]);
      const flags = await h.ok('/crm/customer/flag/list', { customer_id }, headers);
      expect(flags.items).toEqual([expect.objectContaining({ flag_code: 'fraud_suspected', active: true })]);

      const resolved = await h.ok('/crm/customer/hold/resolve', { hold_id: flagged.hold.hold_id, resolution_note: 'identity verified' }, headers);
      expect(resolved.hold).toMatchObject({ status: 'resolved', resolution_note: 'identity verified', resolved_by: expect.stringMatching(/^user:/) });
      const twice = await h.post('/crm/customer/hold/resolve', { hold_id: flagged.hold.hold_id }, headers);
      expect(twice.body.error.minor.tag).toBe('hold-already-resolved');

      expect((await h.ok('/crm/loyalty/redeem', { customer_id, points: 10 }, headers)).loyalty_txn.balance_after).toBe(91);
      expect((await h.ok('/crm/giftcard/redeem', { giftcard_id: card.giftcard_id, amount_minor: 100, currency: 'USD' }, headers)).giftcard.balance.amount_minor).toBe(900);
    } finally {
      await h.close();
    }
  });
});

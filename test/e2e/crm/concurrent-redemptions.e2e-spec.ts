import { createCustomer, crmSetup } from './crm-setup';

describe('parallel redemptions never overdraw', () => {
  it('loyalty: 20 redemptions of 10 against 100 points — exactly 10 succeed, the rest are refused, none lost', async () => {
    const { h, headers } = await crmSetup();
    try {
      const customer_id = await createCustomer(h, headers);
      await h.ok('/crm/loyalty/earn', { customer_id, points: 100 }, headers);
      const answers = await Promise.all(Array.from({ length: 20 }, () => h.post('/crm/loyalty/redeem', { customer_id, points: 10 }, headers)));
      const ok = answers.filter((a) => a.status === 200);
      expect(ok).toHaveLength(10);
      for (const refused of answers.filter((a) => a.status !== 200)) {
        expect(refused.status).toBe(409);
        expect(['insufficient-points', 'contention']).toContain(refused.body.error.minor.tag);
      }
      expect(ok.map((a) => a.body.data.loyalty_txn.balance_after).sort((a: number, b: number) => a - b)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
      expect((await h.ok('/crm/customer/get', { customer_id }, headers)).customer.loyalty_balance).toBe(0);
    } finally {
      await h.close();
    }
  });

  it('gift card: 12 redemptions of 1000 against 5000 — exactly 5 succeed, balance 0', async () => {
    const { h, headers } = await crmSetup();
    try {
      const card = (await h.ok('/crm/giftcard/issue', { amount_minor: 5000, currency: 'USD' }, headers)).giftcard;
      const answers = await Promise.all(Array.from({ length: 12 }, () =>
        h.post('/crm/giftcard/redeem', { giftcard_id: card.giftcard_id, amount_minor: 1000, currency: 'USD' }, headers)));
      const ok = answers.filter((a) => a.status === 200);
      expect(ok).toHaveLength(5);
      expect(answers.filter((a) => a.status !== 200).every((a) => a.status === 409)).toBe(true);
      expect(ok.map((a) => a.body.data.redemption.balance_after_minor).sort((a: number, b: number) => a - b)).toEqual([0, 1000, 2000, 3000, 4000]);
      const last = await h.post('/crm/giftcard/redeem', { giftcard_id: card.giftcard_id, amount_minor: 1, currency: 'USD' }, headers);
      expect(last.body.error.minor.tag).toBe('insufficient-balance');
    } finally {
      await h.close();
    }
  });
});

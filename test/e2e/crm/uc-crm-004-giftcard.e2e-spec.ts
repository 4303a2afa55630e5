import { crmSetup } from './crm-setup';

describe('UC-CRM-004: gift card issue + redeem', () => {
  it('issues a card whose code is shown once, redeems it by code and by id, and never overdraws', async () => {
    const { h, headers } = await crmSetup();
    try {
      const issued = await h.ok('/crm/giftcard/issue', { amount_minor: 5000, currency: 'USD', reason: 'sale' }, headers);
      const card = issued.giftcard;
      expect(card.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(card).toMatchObject({ masked_code: `****-****-****-${card.code.slice(-4)}`, balance: { amount_minor: 5000, currency: 'USD' }, status: 'active', revision: 0 });
      expect(card).not.toHaveProperty('code_digest');

      const byCode = await h.ok('/crm/giftcard/redeem', { code: card.code.toLowerCase(), amount_minor: 2000, currency: 'USD' }, headers);
      expect(byCode.giftcard).not.toHaveProperty('code');
      expect(byCode.giftcard.balance).toEqual({ amount_minor: 3000, currency: 'USD' });
      expect(byCode.redemption).toMatchObject({ amount_minor: 2000, balance_after_minor: 3000 });

      const over = await h.post('/crm/giftcard/redeem', { giftcard_id: card.giftcard_id, amount_minor: 3001, currency: 'USD' }, headers);
      expect(over.status).toBe(409);
      expect(over.body.error.minor.tag).toBe('insufficient-balance');
      const currency = await h.post('/crm/giftcard/redeem', { giftcard_id: card.giftcard_id, amount_minor: 1, currency: 'EUR' }, headers);
      expect(currency.body.error.minor.tag).toBe('currency-mismatch');

      const rest = await h.ok('/crm/giftcard/redeem', { giftcard_id: card.giftcard_id, amount_minor: 3000, currency: 'USD' }, headers);
      expect(rest.giftcard).toMatchObject({ balance: { amount_minor: 0 }, status: 'depleted' });

      const own = await h.ok('/crm/giftcard/issue', { amount_minor: 1000, currency: 'USD', code: 'gift-2026-abcd' }, headers);
      expect(own.giftcard.code).toBe('GIFT-2026-ABCD');
      const dup = await h.post('/crm/giftcard/issue', { amount_minor: 1000, currency: 'USD', code: 'GIFT2026ABCD' }, headers);
      expect(dup.status).toBe(409);
      expect(dup.body.error.minor.tag).toBe('duplicate-code');
      const unknown = await h.post('/crm/giftcard/redeem', { code: 'NOPE-NOPE-NOPE', amount_minor: 1, currency: 'USD' }, headers);
      expect(unknown.status).toBe(404);

      // The code never reaches the log.
      const events = await h.runtime.log.readAll({ after: 0, limit: 10_000 });
      expect(JSON.stringify(events.events.filter((e) => e.type.startsWith('crm.')))).not.toContain(card.code.replace(/-/g, ''));
    } finally {
      await h.close();
    }
  });
});

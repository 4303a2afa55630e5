import { createCustomer, crmSetup } from './crm-setup';

describe('UC-CRM-003: loyalty earn → redeem → reverse', () => {
  it('reverses a redemption once, restores the reversal, and never lets the balance go below zero', async () => {
    const { h, headers } = await crmSetup();
    try {
      const policy = await h.ok('/crm/loyalty/policy/get', {}, headers);
      expect(policy.policy).toMatchObject({ configured: false, earn_on_settled_orders: false, revision: null });
      const set = await h.ok('/crm/loyalty/policy/set', { points_per_unit: 1, rounding: 'floor', expiry_days: 365, earn_on_settled_orders: true }, headers);
      expect(set.policy).toMatchObject({ configured: true, expiry_days: 365, revision: 0 });

      const customer_id = await createCustomer(h, headers);
      const earn = await h.ok('/crm/loyalty/earn', { customer_id, points: 100, reason: 'purchase' }, headers);
      expect(earn.loyalty_txn.expires_at).toEqual(expect.any(String));
      const redeem = await h.ok('/crm/loyalty/redeem', { customer_id, points: 80, reason: 'reward' }, headers);

      const over = await h.post('/crm/loyalty/redeem', { customer_id, points: 21 }, headers);
      expect(over.status).toBe(409);
      expect(over.body.error.minor.tag).toBe('insufficient-points');
      const overAdjust = await h.post('/crm/loyalty/adjust', { customer_id, points: -21 }, headers);
      expect(overAdjust.body.error.minor.tag).toBe('insufficient-points');
      // The earn's points are partly spent: reversing it would overdraw.
      const reverseEarn = await h.post('/crm/loyalty/reverse', { loyalty_txn_id: earn.loyalty_txn_id }, headers);
      expect(reverseEarn.body.error.minor.tag).toBe('insufficient-points');

      const reversal = await h.ok('/crm/loyalty/reverse', { loyalty_txn_id: redeem.loyalty_txn_id, reason: 'order cancelled' }, headers);
      expect(reversal.loyalty_txn).toMatchObject({ kind: 'reverse', points_delta: 80, balance_after: 100, reverses_txn_id: redeem.loyalty_txn_id });
      const again = await h.post('/crm/loyalty/reverse', { loyalty_txn_id: redeem.loyalty_txn_id }, headers);
      expect(again.status).toBe(409);
      expect(again.body.error.minor.tag).toBe('already-reversed');

      const restore = await h.ok('/crm/loyalty/restore', { loyalty_txn_id: reversal.loyalty_txn_id }, headers);
      expect(restore.loyalty_txn).toMatchObject({ kind: 'restore', points_delta: -80, balance_after: 20 });
      const restoreAgain = await h.post('/crm/loyalty/restore', { loyalty_txn_id: reversal.loyalty_txn_id }, headers);
      expect(restoreAgain.body.error.minor.tag).toBe('already-restored');

      const adjust = await h.ok('/crm/loyalty/adjust', { customer_id, points: 5, reason: 'goodwill' }, headers);
      expect(adjust.loyalty_txn.balance_after).toBe(25);
      const missing = await h.post('/crm/loyalty/reverse', { loyalty_txn_id: 'ltx_nope' }, headers);
      expect(missing.status).toBe(404);

      // Nothing has lapsed yet; a past as_of expires nothing either.
      const expiry = await h.ok('/crm/loyalty/expire', { customer_id }, headers);
      expect(expiry.expiry).toEqual({ customer_id, expired_points: 0, balance: 25, loyalty_txn: null });
      const future = await h.post('/crm/loyalty/expire', { customer_id, as_of: '2999-01-01T00:00:00Z' }, headers);
      expect(future.status).toBe(400);
    } finally {
      await h.close();
    }
  });

  it('expires points whose expiry has passed', async () => {
    const { h, headers } = await crmSetup();
    try {
      const customer_id = await createCustomer(h, headers);
      await h.ok('/crm/loyalty/earn', { customer_id, points: 40, expires_at: '2020-01-01T00:00:00Z' }, headers);
      await h.ok('/crm/loyalty/earn', { customer_id, points: 10 }, headers);
      const expiry = await h.ok('/crm/loyalty/expire', { customer_id }, headers);
      expect(expiry.expiry).toMatchObject({ expired_points: 40, balance: 10, loyalty_txn: { kind: 'expire', points_delta: -40 } });
    } finally {
      await h.close();
    }
  });
});

import { createCustomer, crmSetup } from './crm-setup';

describe('walkthrough 8: loyalty earn + redeem', () => {
  it('earns 100 points for a purchase, redeems 50 as a reward, leaving 50', async () => {
    const { h, headers } = await crmSetup();
    try {
      const customer_id = await createCustomer(h, headers, { email: 'cust@example.com' });
      const earn = await h.ok('/crm/loyalty/earn', { customer_id, points: 100, reason: 'purchase', source_refs: [{ kind: 'order', id: 'ORDER_ID' }] }, headers);
      expect(earn.loyalty_txn_id).toEqual(expect.any(String));
      expect(earn.loyalty_txn).toMatchObject({ loyalty_txn_id: earn.loyalty_txn_id, customer_id, kind: 'earn', points_delta: 100, balance_after: 100, status: 'posted', reason: 'purchase' });

      const redeem = await h.ok('/crm/loyalty/redeem', { customer_id, points: 50, reason: 'reward', source_refs: [{ kind: 'order', id: 'ORDER_ID' }] }, headers);
      expect(redeem.loyalty_txn).toMatchObject({ kind: 'redeem', points_delta: -50, balance_after: 50 });

      const { customer } = await h.ok('/crm/customer/get', { customer_id }, headers);
      expect(customer.loyalty_balance).toBe(50);
    } finally {
      await h.close();
    }
  });
});

// UC-UAS-004: payment method add, primary switch and removal; tokens kept only as hash + last4.
import { addPaymentMethod, createUser, removePaymentMethod, setPaymentMethodPriority } from '@g3n/uas';
import { ApiHarness, openApiHarness } from '../../support/api-harness';

describe('UC-UAS-004 payment methods', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('adds, switches the primary and removes', async () => {
    const user = await createUser(h.runtime, { email: 'payer@example.com', verified: true });
    const card = await addPaymentMethod(h.runtime, { user_guid: user.user_guid, kind: 'card', token: 'tok_visa_4242424242', last4: '4242', brand: 'visa' });
    const bank = await addPaymentMethod(h.runtime, { user_guid: user.user_guid, kind: 'bank', token: 'tok_bank_000123', label: 'Payroll' });
    expect(card).toMatchObject({ priority: 1, primary: true });
    expect(bank).toMatchObject({ priority: 2, primary: false });
    await expect(addPaymentMethod(h.runtime, { user_guid: user.user_guid, kind: 'card', token: 'tok_visa_4242424242' })).rejects.toMatchObject({ minor: 'payment-token-duplicate' });
    await expect(addPaymentMethod(h.runtime, { user_guid: user.user_guid, kind: 'card', token: 'bad token!' })).rejects.toMatchObject({ tag: 'validation-error' });

    await setPaymentMethodPriority(h.runtime, { user_guid: user.user_guid, order: [bank.payment_method_id, card.payment_method_id] });
    const users = h.runtime.readModels.collection('uas_users');
    let doc = await users.get(user.user_guid);
    expect(doc!.payment_methods).toEqual([
      expect.objectContaining({ payment_method_id: bank.payment_method_id, priority: 1, primary: true, last4: '0123', label: 'Payroll' }),
      expect.objectContaining({ payment_method_id: card.payment_method_id, priority: 2, primary: false, last4: '4242', brand: 'visa' }),
    ]);
    await expect(setPaymentMethodPriority(h.runtime, { user_guid: user.user_guid, order: [bank.payment_method_id] })).rejects.toMatchObject({ minor: 'priority-order-invalid' });

    await removePaymentMethod(h.runtime, { user_guid: user.user_guid, payment_method_id: bank.payment_method_id });
    doc = await users.get(user.user_guid);
    expect(doc!.payment_methods).toEqual([expect.objectContaining({ payment_method_id: card.payment_method_id, priority: 1, primary: true })]);
    expect(JSON.stringify(doc)).not.toContain('tok_visa');
    const log = JSON.stringify((await h.runtime.log.readAll({ tenant: 'platform', limit: 1000 })).events);
    expect(log).not.toContain('tok_visa_4242424242');
  });

  it('only for verified users', async () => {
    const user = await createUser(h.runtime, { email: 'unverified-payer@example.com' });
    await expect(addPaymentMethod(h.runtime, { user_guid: user.user_guid, kind: 'wallet', token: 'tok_wallet_1234' })).rejects.toMatchObject({ tag: 'forbidden', minor: 'user-not-verified' });
  });
});

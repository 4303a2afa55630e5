import { createCustomer, crmSetup } from './crm-setup';

describe('UC-CRM-001: customer create + consent capture', () => {
  it('creates a customer with a normalised email and phone, finds it, and records consent with history', async () => {
    const { h, headers, org_guid } = await crmSetup();
    try {
      const created = await h.ok('/crm/customer/create', { customer: { email: ' Jane@Example.COM ', phone: '+1 (555) 123-4567', caption: 'Jane Doe' }, reason: 'signup' }, headers);
      const customer_id = created.customer_id;
      expect(created.customer).toMatchObject({ customer_id, org_guid, status: 'active', email: 'jane@example.com', phone: '+15551234567', revision: 0, on_hold: false, loyalty_balance: 0 });

      // One email per org: the 409 names the customer that has it (the dedupe hint).
      const duplicate = await h.post('/crm/customer/create', { customer: { email: 'JANE@example.com' } }, headers);
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error).toMatchObject({ major: { tag: 'conflict' }, minor: { tag: 'duplicate-email' }, details: { existing_customer_id: customer_id } });

      const bad = await h.post('/crm/customer/create', { customer: {} }, headers);
      expect(bad.status).toBe(400);

      await createCustomer(h, headers, { caption: 'John Smith' });
      const byEmail = await h.ok('/crm/customer/search', { email: 'JANE@EXAMPLE.COM' }, headers);
      expect(byEmail.items.map((c: { customer_id: string }) => c.customer_id)).toEqual([customer_id]);
      const byPhone = await h.ok('/crm/customer/search', { phone: '+1 555 123 4567' }, headers);
      expect(byPhone.items).toHaveLength(1);
      const byName = await h.ok('/crm/customer/search', { name_prefix: 'john' }, headers);
      expect(byName.items.map((c: { caption: string }) => c.caption)).toEqual(['John Smith']);
      const list = await h.ok('/crm/customer/list', { limit: 1 }, headers);
      expect(list.items).toHaveLength(1);
      expect(list.next_token).toEqual(expect.any(String));
      const page2 = await h.ok('/crm/customer/list', { limit: 1, next_token: list.next_token }, headers);
      expect(page2.items[0].customer_id).not.toBe(list.items[0].customer_id);

      const granted = await h.ok('/crm/customer/consent/set', { customer_id, purpose: 'marketing', channel: 'email', granted: true, capture_source: 'checkout', reason: 'opt-in', expected_revision: 0 }, headers);
      expect(granted.consent).toMatchObject({ customer_id, revision: 1, consents: [{ purpose: 'marketing', channel: 'email', granted: true }] });
      const stale = await h.post('/crm/customer/consent/set', { customer_id, purpose: 'marketing', channel: 'sms', granted: true, expected_revision: 0 }, headers);
      expect(stale.status).toBe(409);
      expect(stale.body.error.conflict_snapshot).toEqual({ revision: 1 });

      await h.ok('/crm/customer/consent/set', { customer_id, purpose: 'marketing', channel: 'email', granted: false, reason: 'unsubscribe' }, headers);
      const { consent } = await h.ok('/crm/customer/consent/get', { customer_id }, headers);
      expect(consent.consents).toEqual([expect.objectContaining({ purpose: 'marketing', channel: 'email', granted: false })]);
      expect(consent.history).toEqual([
        expect.objectContaining({ granted: true, previous: null, capture_source: 'checkout', reason: 'opt-in', actor: expect.stringMatching(/^user:/) }),
        expect.objectContaining({ granted: false, previous: true, reason: 'unsubscribe' }),
      ]);

      const missing = await h.post('/crm/customer/get', { customer_id: 'cus_nope' }, headers);
      expect(missing.status).toBe(404);
      expect(missing.body.error.minor.tag).toBe('customer-not-found');
    } finally {
      await h.close();
    }
  });
});

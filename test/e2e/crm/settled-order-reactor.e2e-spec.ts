import { randomUUID } from 'crypto';
import { crmReactors, EARN_ON_SETTLED_ORDER, earnTxnId } from '@g3n/crm';
import { streamName, type NewEvent, type RecordedEvent } from '@g3n/eventlog';
import { ReactorContext } from '@g3n/es';
import type { ApiHarness } from '../../support/api-harness';
import { createCustomer, crmSetup } from './crm-setup';

/** scm.order-settled exactly as shared commerce contract 4 defines it. */
function settled(org_guid: string, order_id: string, customer_id: string | null, amount_minor: number): NewEvent {
  return {
    type: 'scm.order-settled',
    data: { order_id, customer_id, total: { amount_minor, currency: 'USD' }, settled_at: '2026-03-01T12:00:00.000Z' },
    metadata: { event_id: randomUUID(), org_guid, actor: 'user:test', occurred_at: new Date().toISOString(), schema_version: 1 },
  };
}

/** Runs the reaction the way the reactor worker does, without the log (a replay of the same event). */
async function reactDirectly(h: ApiHarness, event: NewEvent, org_guid: string): Promise<void> {
  const recorded: RecordedEvent = { ...event, stream: streamName(org_guid, 'scm.order', String(event.data.order_id)), revision: 0, position: 0, tenant: org_guid, recorded_at: new Date().toISOString() };
  const reactor = crmReactors.find((r) => r.name === EARN_ON_SETTLED_ORDER)!;
  await reactor.handlers['scm.order-settled'](recorded, new ReactorContext(reactor.name, recorded, h.runtime.commands, h.runtime.readModels, h.runtime.clock, h.runtime.ids));
}

async function eventually<T>(read: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting for the reaction');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('CRM reactor: a settled order earns loyalty under the policy', () => {
  it('earns floor(19.99 × 1.5) = 29 points once per order, expiring from settled_at; ignores orders without a customer', async () => {
    const { h, headers, org_guid } = await crmSetup();
    try {
      await h.ok('/crm/loyalty/policy/set', { points_per_unit: 1.5, rounding: 'floor', expiry_days: 30, earn_on_settled_orders: true }, headers);
      const customer_id = await createCustomer(h, headers);
      const order_id = `ord_${randomUUID().slice(0, 8)}`;
      const event = settled(org_guid, order_id, customer_id, 1999);

      if (h.runtime.registry.has('scm.order-settled')) {
        // SCM registered the contract: go through the log and the reactor worker, as production does.
        await h.runtime.log.append(streamName(org_guid, 'scm.order', order_id), [event]);
      } else {
        await reactDirectly(h, event, org_guid);
      }
      const txn = await eventually(() => h.runtime.readModels.collection('crm_loyalty_txns').get(`${org_guid}/${earnTxnId(order_id)}`));
      expect(txn).toMatchObject({ kind: 'earn', customer_id, points_delta: 29, balance_after: 29, order_id, expires_at: '2026-03-31T12:00:00.000Z' });

      // A replay (or a second delivery) earns nothing more.
      await reactDirectly(h, event, org_guid);
      await reactDirectly(h, settled(org_guid, `ord_${randomUUID().slice(0, 8)}`, null, 5000), org_guid);
      expect((await h.ok('/crm/customer/get', { customer_id }, headers)).customer.loyalty_balance).toBe(29);

      // Earning on settled orders switched off: nothing is earned.
      await h.ok('/crm/loyalty/policy/set', { points_per_unit: 1.5, rounding: 'floor', expiry_days: 30, earn_on_settled_orders: false }, headers);
      await reactDirectly(h, settled(org_guid, `ord_${randomUUID().slice(0, 8)}`, customer_id, 5000), org_guid);
      expect((await h.ok('/crm/customer/get', { customer_id }, headers)).customer.loyalty_balance).toBe(29);
    } finally {
      await h.close();
    }
  });

  it('parks (refuses) an order naming a customer that does not exist', async () => {
    const { h, headers, org_guid } = await crmSetup();
    try {
      await h.ok('/crm/loyalty/policy/set', { points_per_unit: 1, rounding: 'floor', expiry_days: null, earn_on_settled_orders: true }, headers);
      await expect(reactDirectly(h, settled(org_guid, 'ord_x', 'cus_missing', 1000), org_guid)).rejects.toMatchObject({ tag: 'not-found', minor: 'customer-not-found' });
    } finally {
      await h.close();
    }
  });
});

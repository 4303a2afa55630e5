import type { Doc } from '@g3n/docstore';
import { handlerFor, ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { CRM_CUSTOMERS, crmCustomersProjection } from './customers.projection';
import { CRM_LOYALTY_TXNS, crmLoyaltyTxnsProjection } from './loyalty-txns.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, revision: number): RecordedEvent => {
  position += 1;
  return {
    type, data, revision, position, stream: 'org1/crm.x/c1', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, org_guid: 'org1', actor: 'user:u1', occurred_at: `2026-01-01T00:00:0${position % 10}.000Z`, schema_version: 1 },
  };
};

async function run(definition: ProjectionDefinition, events: RecordedEvent[]): Promise<ProjectionContext> {
  const physical = Object.fromEntries(definition.collections.map((c) => [c.name, `${c.name}__g1`]));
  const ctx = new ProjectionContext({ get: async () => null }, physical);
  for (const e of events) {
    ctx.position = e.position;
    await handlerFor(definition, e.type)?.(e, ctx);
  }
  return ctx;
}

const profile = { email: null, phone: null, caption: 'Jane', given_name: null, family_name: null, external_ref: null };
const change = (txn_id: string, points_delta: number, balance_after: number) => ({ customer_id: 'c1', txn_id, points_delta, balance_after, allocations: [] });

describe('crm.customers projection', () => {
  it('keeps the customer revision on its own stream while loyalty events only move the balance; holds open and close', async () => {
    const ctx = await run(crmCustomersProjection, [
      event('crm.customer-created', { customer_id: 'c1', org_guid: 'org1', ...profile }, 0),
      event('crm.loyalty-earned', { ...change('t1', 100, 100), points: 100, expires_at: null, order_id: null, policy_revision: null }, 0),
      event('crm.customer-hold-placed', { customer_id: 'c1', hold_id: 'h1', hold_kind: 'flag', flag_code: 'x', blocks: [], note: null, placed_at: 't' }, 1),
      event('crm.customer-hold-placed', { customer_id: 'c1', hold_id: 'h2', hold_kind: 'flag', flag_code: 'x', blocks: [], note: null, placed_at: 't' }, 2),
      event('crm.customer-hold-resolved', { customer_id: 'c1', hold_id: 'h1', resolution_note: null, resolved_at: 't' }, 3),
    ]);
    expect(await ctx.get<Doc>(CRM_CUSTOMERS, 'c1')).toMatchObject({ revision: 3, loyalty_balance: 100, on_hold: true, open_hold_ids: ['h2'], search_name: 'jane' });
  });
});

describe('crm.loyalty-txns projection', () => {
  it('marks the reversed transaction, and puts it back in effect when the reversal is restored', async () => {
    const ctx = await run(crmLoyaltyTxnsProjection, [
      event('crm.loyalty-redeemed', { ...change('r1', -10, 90), points: 10 }, 1),
      event('crm.loyalty-reversed', { ...change('v1', 10, 100), reverses_txn_id: 'r1' }, 2),
    ]);
    expect(await ctx.get<Doc>(CRM_LOYALTY_TXNS, 'org1/r1')).toMatchObject({ status: 'reversed', reversed_by_txn_id: 'v1' });
    await crmLoyaltyTxnsProjection.handlers['crm.loyalty-*'](event('crm.loyalty-restored', { ...change('s1', -10, 90), restores_txn_id: 'v1', original_txn_id: 'r1' }, 3), ctx);
    expect(await ctx.get<Doc>(CRM_LOYALTY_TXNS, 'org1/r1')).toMatchObject({ status: 'posted' });
    expect(await ctx.get<Doc>(CRM_LOYALTY_TXNS, 'org1/v1')).toMatchObject({ status: 'restored' });
    expect(await ctx.get<Doc>(CRM_LOYALTY_TXNS, 'org1/s1')).toMatchObject({ kind: 'restore', reverses_txn_id: 'v1', account_revision: 3 });
  });
});

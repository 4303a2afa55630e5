import type { RecordedEvent } from '@g3n/eventlog';
import { ProjectionContext } from '@g3n/es';
import { committedOrder, picked, shipmentCreated, captured, settled } from '../../libs/scm/order/order.fixtures';
import type { OrderEvent } from '../../libs/scm/order/order.state';
import { ChildDoc, OrderDoc, SCM_ORDERS, SCM_SHIPMENTS, SCM_TENDERS, scmOrdersProjection } from './orders.projection';

const physical = Object.fromEntries(scmOrdersProjection.collections.map((c) => [c.name, c.name]));

async function project(events: OrderEvent[]): Promise<ProjectionContext> {
  const ctx = new ProjectionContext({ get: async () => null }, physical);
  for (const [i, e] of events.entries()) {
    const recorded = {
      ...e, stream: 'org1/scm.order/ord_1', revision: i, position: i + 1, tenant: 'org1', recorded_at: `t${i}`,
      metadata: { event_id: `e${i}`, org_guid: 'org1', occurred_at: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z` },
    } as unknown as RecordedEvent;
    ctx.position = i + 1;
    await scmOrdersProjection.handlers[e.type](recorded, ctx);
  }
  return ctx;
}

describe('scm.orders projection', () => {
  it('folds an order with the decider\'s evolve: promise states, revision and timestamps from the events', async () => {
    const events = committedOrder();
    const ctx = await project(events);
    const order = (await ctx.get<OrderDoc>(SCM_ORDERS, 'ord_1'))!;
    expect(order).toMatchObject({ order_id: 'ord_1', org_guid: 'org1', status: 'placed', revision: events.length - 1, variant_ids: ['var_1', 'var_2'] });
    expect(order.lines.map((l) => l.promise.state)).toEqual(['committed', 'committed']);
    expect(order.created_at).toBe('2026-01-01T00:00:00.000Z');
    expect(order).not.toHaveProperty('recorded_ics_events');
  });

  it('keeps a record per shipment and tender with the order\'s revision and step timestamps', async () => {
    const events = [...committedOrder(), shipmentCreated, picked, captured('tnd_1', 1500), settled('tnd_1', 1500)];
    const ctx = await project(events);
    const shipment = (await ctx.get<ChildDoc>(SCM_SHIPMENTS, 'shp_1'))!;
    expect(shipment).toMatchObject({ shipment_id: 'shp_1', status: 'picked', org_guid: 'org1', revision: events.length - 3 });
    expect(shipment.picked_at).toBeDefined();
    const tender = (await ctx.get<ChildDoc>(SCM_TENDERS, 'tnd_1'))!;
    expect(tender).toMatchObject({ status: 'settled', amount: { amount_minor: 1500, currency: 'USD' }, revision: events.length - 1 });
  });
});

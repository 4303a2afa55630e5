/**
 * The integration checklist's minimal flow (steps 5–8 and 11): product → publish → stock → order → promise → ship,
 * then settle and earn loyalty — every step an event — and finally `g3n events verify`: every read model equals a
 * re-fold of the log.
 */
import { verifyProjections } from '@g3n/es';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { createLogicalFacility, createSalesChannel } from '../../support/fixtures/facility';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { runG3n } from '../../support/processes';

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('integration checklist: product → publish → stock → order → ship', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h?.close());

  it('runs the daily merchant cycle through the API, and the read models equal a re-fold of the log', async () => {
    const org = await createOrg(h, await userWithSession(h, 'merchant@example.com'));
    const headers = org.headers;
    const { logical_guid } = await createLogicalFacility(h, headers);
    await createSalesChannel(h, headers, 'web', logical_guid);
    const { variant_id, style_id } = await createSellableVariant(h, headers, { sku: 'TEE-RED-1' });

    // 6) Publish.
    await h.ok('/pmc/publish-profile/set', { channel_code: 'web', required_sku: true, required_identifier_types: ['sku'] }, headers);
    const started = await h.ok('/pmc/publish/run/start', { reason: 'initial publish', style_id, channel_code: 'web' }, headers);
    let run = started.run;
    while (run.status !== 'completed') {
      run = (await h.ok('/pmc/publish/run/step', { run_id: run.run_id, expected_revision: run.revision, limit: 8 }, headers)).run;
    }
    const products = await h.ok('/pmc/product/list', { variant_id, channel_code: 'web' }, headers);
    expect(products.items.length).toBe(1);

    // 7) Stock.
    await h.ok('/ics/adjustment/create', { logical_guid, variant_id, qty_delta: 5, reason: 'initial stock', source_refs: [{ kind: 'bootstrap', id: 'seed-1' }] }, headers);
    expect((await h.ok('/ics/stock/get', { logical_guid, variant_id }, headers)).stock).toMatchObject({ on_hand: 5, available: 5 });

    // 8) Order: create, place, promise (reserve → allocate → commit through ICS), ship.
    const customer = await h.ok('/crm/customer/create', { customer: { email: 'shopper@example.com', caption: 'Sam Shopper' }, reason: 'signup' }, headers);
    const customer_id = customer.customer_id;
    const created = await h.ok('/scm/order/create', {
      logical_guid, channel_code: 'web', customer_id, items: [{ variant_id, qty: 2, unit_price_minor: 1500, currency: 'USD' }], reason: 'checkout', source_refs: [{ kind: 'cart', id: 'cart-123' }],
    }, headers);
    const order_id = created.order.order_id;
    await h.ok('/scm/order/place', { order_id, expected_revision: created.order.revision, reason: 'checkout' }, headers);
    for (const step of ['reserve', 'allocate', 'commit'] as const) {
      await h.ok(`/scm/order/promise/${step}`, { order_id }, headers);
      const target = { reserve: 'reserved', allocate: 'allocated', commit: 'committed' }[step];
      await eventually(() => h.ok('/scm/order/get', { order_id }, headers), (d) => d.order.lines.every((l: { promise: { state: string } }) => l.promise.state === target), `order lines ${target}`);
    }
    expect((await h.ok('/ics/stock/get', { logical_guid, variant_id }, headers)).stock).toMatchObject({ on_hand: 5, committed: 2, available: 3 });

    const order = (await h.ok('/scm/order/get', { order_id }, headers)).order;
    const shipment = (await h.ok('/scm/fulfillment/shipment/create', { order_id, lines: order.lines.map((l: { line_id: string; qty: number }) => ({ line_id: l.line_id, qty: l.qty })) }, headers)).shipment;
    for (const step of ['pick', 'pack', 'ship']) await h.ok(`/scm/fulfillment/shipment/${step}`, { shipment_id: shipment.shipment_id }, headers);
    await eventually(() => h.ok('/ics/stock/get', { logical_guid, variant_id }, headers), (d) => d.stock.on_hand === 3 && d.stock.committed === 0, 'shipped stock consumed');

    // 11) Pay, settle, and loyalty is earned for the named customer.
    await h.ok('/crm/loyalty/policy/set', { points_per_unit: 1, rounding: 'floor', expiry_days: 365, earn_on_settled_orders: true }, headers);
    const tender = (await h.ok('/scm/tender/capture', { order_id, amount_minor: 3000, currency: 'USD', method: 'card' }, headers)).tender;
    await h.ok('/scm/tender/settle', { tender_id: tender.tender_id }, headers);
    await eventually(() => h.ok('/crm/customer/get', { customer_id }, headers), (d) => d.customer.loyalty_balance === 30, 'loyalty earned: 1 point per USD on 30.00');

    // `g3n events verify`: every projection equals a re-fold of the log.
    const report = await verifyProjections(h.runtime.projections, { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog });
    expect(report.differences).toEqual([]);
    // And the operator's own command, run beside the live system on the same data directory.
    const verify = runG3n(['events', 'verify'], { G3N_DATA_DIR: h.dataDir });
    expect(verify.stderr).toContain('OK: 0 differences');
    expect(verify.code).toBe(0);
  }, 120_000);
});

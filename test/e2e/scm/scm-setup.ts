// What the SCM e2e flows share: an org with a logical facility, a web channel, sellable variants and stock.
import type { ApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createLogicalFacility, createSalesChannel } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

export interface SalesSetup {
  headers: Record<string, string>;
  org_guid: string;
  logical_guid: string;
  channel_code: string;
  variants: string[];
}

/** A verified org with a logical facility, a `web` channel (USD) and `variants` active variants stocked with `stock` each. */
export async function salesSetup(h: ApiHarness, email: string, opts: { variants?: number; stock?: number } = {}): Promise<SalesSetup> {
  const org = await createOrg(h, await userWithSession(h, email));
  const { logical_guid } = await createLogicalFacility(h, org.headers);
  const { channel_code } = await createSalesChannel(h, org.headers, 'web', logical_guid);
  const variants: string[] = [];
  for (let i = 0; i < (opts.variants ?? 1); i++) {
    const { variant_id } = await createSellableVariant(h, org.headers);
    if ((opts.stock ?? 0) > 0) {
      await h.ok('/ics/adjustment/create', { logical_guid, variant_id, qty_delta: opts.stock, reason: 'initial stock', source_refs: [{ kind: 'bootstrap', id: 'seed-1' }] }, org.headers);
    }
    variants.push(variant_id);
  }
  return { headers: org.headers, org_guid: org.org_guid, logical_guid, channel_code, variants };
}

/** Polls the order until `check` holds (the promise outcome arrives through the ICS and SCM reactors). */
export async function waitForOrder(h: ApiHarness, headers: Record<string, string>, order_id: string, check: (order: any) => boolean, timeoutMs = 10_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  let order: any;
  while (Date.now() < deadline) {
    order = (await h.ok('/scm/order/get', { order_id }, headers)).order;
    if (check(order)) return order;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`order ${order_id} did not reach the expected state: ${JSON.stringify(order?.lines?.map((l: any) => l.promise))}`);
}

/** A placed order for `qty` of each variant at `unit_price_minor`, with every line committed in ICS. */
export async function committedOrder(h: ApiHarness, s: SalesSetup, qty = 2, unit_price_minor = 1000): Promise<any> {
  const items = s.variants.map((variant_id) => ({ variant_id, qty, unit_price_minor, currency: 'USD' }));
  const created = (await h.ok('/scm/order/create', { logical_guid: s.logical_guid, channel_code: s.channel_code, items, reason: 'checkout' }, s.headers)).order;
  const placed = (await h.ok('/scm/order/place', { order_id: created.order_id, expected_revision: created.revision }, s.headers)).order;
  await h.ok('/scm/order/promise/commit', { order_id: placed.order_id }, s.headers);
  return waitForOrder(h, s.headers, placed.order_id, (o) => o.lines.every((l: any) => l.promise.state === 'committed' && !l.promise.pending));
}

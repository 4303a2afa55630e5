import { createHash } from 'crypto';
import type { ApiHarness } from '../../support/api-harness';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { createLogicalFacility, createSalesChannel } from '../../support/fixtures/facility';

export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Financial events through the real routes: an order created and placed, and a customer (not financial). */
export async function placeOrder(h: ApiHarness, headers: Record<string, string>): Promise<string> {
  const { logical_guid } = await createLogicalFacility(h, headers);
  await createSalesChannel(h, headers, 'web', logical_guid);
  const { variant_id } = await createSellableVariant(h, headers, { sku: `SKU-${Math.random().toString(36).slice(2, 8).toUpperCase()}` });
  const customer = await h.ok('/crm/customer/create', { customer: { email: 'buyer@example.com', caption: 'Buyer' }, reason: 'signup' }, headers);
  const created = await h.ok('/scm/order/create', { logical_guid, channel_code: 'web', customer_id: customer.customer_id, items: [{ variant_id, qty: 1, unit_price_minor: 1000, currency: 'USD' }], reason: 'checkout' }, headers);
  await h.ok('/scm/order/place', { order_id: created.order.order_id, expected_revision: created.order.revision, reason: 'checkout' }, headers);
  return created.order.order_id;
}

/** GET a presigned URL through the app itself (the files adapter serves /_blob/*). */
export async function download(h: ApiHarness, url: string): Promise<{ status: number; body: Buffer }> {
  const u = new URL(url);
  const res = await h.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: `${u.pathname}${u.search}` });
  return { status: res.statusCode, body: res.rawPayload };
}

export const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

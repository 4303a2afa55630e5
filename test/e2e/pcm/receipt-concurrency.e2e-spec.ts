// Concurrency: parallel receipts on a PO's last open qty never over-receive; the losers get 409 over-receipt,
// never a lost update, and ICS receives exactly what PCM recorded.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { eventually, issuedPo, procurementSetup, ProcurementSetup, stockLevel } from './pcm-setup';

describe('PCM receipts under concurrency', () => {
  let h: ApiHarness;
  let s: ProcurementSetup;

  beforeAll(async () => {
    h = await openApiHarness();
    s = await procurementSetup(h, 'owner-pcm-concurrency@example.com', 1);
  });
  afterAll(() => h.close());

  it('accepts receipts up to the ordered qty and refuses the rest', async () => {
    const variant_id = s.variant_ids[0];
    const po = await issuedPo(h, s, [{ variant_id, qty: 10, unit_cost_minor: 500 }]);
    await h.ok('/pcm/receipt/record', { receipt: { po_id: po.po_id, lines: [{ variant_id, qty: 7 }] } }, s.headers);

    // 3 open; eight parallel receipts of 1 or 2.
    const sizes = [1, 2, 1, 2, 1, 2, 1, 2];
    const results = await Promise.all(sizes.map((qty) =>
      h.post('/pcm/receipt/record', { receipt: { po_id: po.po_id, logical_guid: s.logical_guid, lines: [{ variant_id, qty }] } }, s.headers)));
    const accepted = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status !== 200);
    for (const r of refused) {
      expect(r.status).toBe(409);
      expect(r.body.error.minor.tag).toBe('over-receipt');
    }
    const acceptedQty = accepted.reduce((sum, r) => sum + r.body.data.receipt.total_qty, 0);
    // Whatever order they ran in, the four receipts of 1 guarantee the open 3 is used up, and never more.
    expect(acceptedQty).toBe(3);

    const after = (await h.ok('/pcm/po/get', { po_id: po.po_id }, s.headers)).po;
    expect(after.lines[0].received_qty).toBe(7 + acceptedQty);
    expect(after.lines[0].received_qty).toBeLessThanOrEqual(10);
    expect(after.receipt_ids).toHaveLength(1 + accepted.length);
    const receipts = await h.ok('/pcm/receipt/list', { po_id: po.po_id, limit: 200 }, s.headers);
    expect(receipts.items.reduce((sum: number, r: { total_qty: number }) => sum + r.total_qty, 0)).toBe(after.lines[0].received_qty);

    await eventually(() => stockLevel(h, s.logical_guid, variant_id), (doc) => Number(doc?.on_hand) === after.lines[0].received_qty);
  });
});

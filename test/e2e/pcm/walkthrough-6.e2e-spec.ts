// Walkthrough 6 (procurement receipt), as written: POST /pcm/receipt/record with { receipt, reason, source_refs }.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { eventually, issuedPo, procurementSetup, ProcurementSetup, stockLevel } from './pcm-setup';

describe('walkthrough 6: procurement receipt', () => {
  let h: ApiHarness;
  let s: ProcurementSetup;

  beforeAll(async () => {
    h = await openApiHarness();
    s = await procurementSetup(h, 'owner-pcm-wt6@example.com', 1);
  });
  afterAll(() => h.close());

  it('records a receipt against an issued PO, keeps why it happened, and ICS receives the stock', async () => {
    const po = await issuedPo(h, s, [{ variant_id: s.variant_ids[0], qty: 10, unit_cost_minor: 1250 }]);
    const PO_ID = po.po_id;
    const res = await h.post('/pcm/receipt/record', {
      receipt: { po_id: PO_ID, logical_guid: s.logical_guid, lines: [{ variant_id: s.variant_ids[0], qty: 10 }] },
      reason: 'receiving',
      source_refs: [{ kind: 'po', id: PO_ID }],
    }, s.headers);
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    const receipt = res.body.data.receipt;
    expect(receipt).toMatchObject({
      po_id: PO_ID, logical_guid: s.logical_guid, vendor_id: s.vendor_id, total_qty: 10, revision: 0, reason: 'receiving',
      source_refs: [{ kind: 'po', id: PO_ID }], lines: [{ po_line_id: po.lines[0].po_line_id, variant_id: s.variant_ids[0], qty: 10 }],
    });
    expect(receipt.receipt_id).toMatch(/^rcp_/);

    const got = await h.ok('/pcm/receipt/get', { receipt_id: receipt.receipt_id }, s.headers);
    expect(got.receipt).toEqual(receipt);
    const after = await h.ok('/pcm/po/get', { po_id: PO_ID }, s.headers);
    expect(after.po).toMatchObject({ status: 'received', receipt_ids: [receipt.receipt_id], lines: [{ received_qty: 10, open_qty: 0 }] });

    const level = await eventually(() => stockLevel(h, s.logical_guid, s.variant_ids[0]), (doc) => Number(doc?.on_hand) === 10);
    expect(level).toMatchObject({ org_guid: s.org_guid, on_hand: 10 });
  });

  it('lists receipts by PO', async () => {
    const po = await issuedPo(h, s, [{ variant_id: s.variant_ids[0], qty: 5, unit_cost_minor: 100 }]);
    await h.ok('/pcm/receipt/record', { receipt: { po_id: po.po_id, logical_guid: s.logical_guid, lines: [{ variant_id: s.variant_ids[0], qty: 2 }] }, reason: 'receiving' }, s.headers);
    await h.ok('/pcm/receipt/record', { receipt: { po_id: po.po_id, lines: [{ variant_id: s.variant_ids[0], qty: 3 }] }, reason: 'receiving' }, s.headers);
    const list = await h.ok('/pcm/receipt/list', { po_id: po.po_id }, s.headers);
    expect(list.items.map((r: { total_qty: number }) => r.total_qty).sort()).toEqual([2, 3]);
    expect(list.next_token).toBeNull();
  });
});

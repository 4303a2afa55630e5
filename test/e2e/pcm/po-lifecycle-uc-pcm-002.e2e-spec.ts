// UC-PCM-002: PO create → approve → issue → receive; ICS's reactor turns each receipt into on-hand stock.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { eventually, procurementSetup, ProcurementSetup, stockLevel } from './pcm-setup';

describe('UC-PCM-002 purchase order lifecycle', () => {
  let h: ApiHarness;
  let s: ProcurementSetup;

  beforeAll(async () => {
    h = await openApiHarness();
    s = await procurementSetup(h, 'owner-uc-pcm-002@example.com');
  });
  afterAll(() => h.close());

  it('creates, approves, issues and receives a PO in two receipts; stock follows in ICS', async () => {
    const [a, b] = s.variant_ids;
    const created = await h.ok('/pcm/po/create', {
      vendor_id: s.vendor_id, logical_guid: s.logical_guid, currency: 'USD',
      lines: [{ variant_id: a, qty: 12, unit_cost_minor: 1500 }, { variant_id: b, qty: 6, unit_cost_minor: 999 }],
      reason: 'replenishment',
    }, s.headers);
    const po = created.po;
    expect(po).toMatchObject({ status: 'draft', revision: 0, currency: 'USD', vendor_id: s.vendor_id, total_minor: 12 * 1500 + 6 * 999 });
    expect(po.lines.map((l: { open_qty: number }) => l.open_qty)).toEqual([12, 6]);

    // A draft cannot be received against, nor issued before approval.
    const early = await h.post('/pcm/receipt/record', { receipt: { po_id: po.po_id, logical_guid: s.logical_guid, lines: [{ variant_id: a, qty: 1 }] } }, s.headers);
    expect(early.status).toBe(409);
    expect(early.body.error.minor.tag).toBe('po-not-issued');
    const skip = await h.post('/pcm/po/issue', { po_id: po.po_id, expected_revision: 0 }, s.headers);
    expect(skip.status).toBe(409);
    expect(skip.body.error.minor.tag).toBe('po-not-approved');

    // Status changes pin the revision.
    expect((await h.post('/pcm/po/approve', { po_id: po.po_id }, s.headers)).status).toBe(428);
    const approved = await h.ok('/pcm/po/approve', { po_id: po.po_id, expected_revision: 0 }, s.headers);
    expect(approved.po).toMatchObject({ status: 'approved', revision: 1, approved_by: expect.stringMatching(/^user:/) });
    const stale = await h.post('/pcm/po/issue', { po_id: po.po_id, expected_revision: 0 }, s.headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict_snapshot).toEqual({ revision: 1 });
    const issued = await h.ok('/pcm/po/issue', { po_id: po.po_id, expected_revision: 1 }, s.headers);
    expect(issued.po).toMatchObject({ status: 'issued', revision: 2 });

    const first = await h.ok('/pcm/receipt/record', { receipt: { po_id: po.po_id, logical_guid: s.logical_guid, lines: [{ variant_id: a, qty: 5 }] }, reason: 'receiving' }, s.headers);
    let current = (await h.ok('/pcm/po/get', { po_id: po.po_id }, s.headers)).po;
    expect(current).toMatchObject({ status: 'partially_received', revision: 3 });
    expect(current.lines.map((l: { received_qty: number; open_qty: number }) => [l.received_qty, l.open_qty])).toEqual([[5, 7], [0, 6]]);

    // Over-receipt: 409 naming the line and what is still open; nothing is recorded.
    const over = await h.post('/pcm/receipt/record', { receipt: { po_id: po.po_id, logical_guid: s.logical_guid, lines: [{ variant_id: a, qty: 8 }] } }, s.headers);
    expect(over.status).toBe(409);
    expect(over.body.error.minor.tag).toBe('over-receipt');
    expect(over.body.error.details.lines).toEqual([{ po_line_id: po.lines[0].po_line_id, variant_id: a, ordered_qty: 12, received_qty: 5, remaining_qty: 7, requested_qty: 8 }]);

    const second = await h.ok('/pcm/receipt/record', {
      receipt: { po_id: po.po_id, logical_guid: s.logical_guid, lines: [{ variant_id: a, qty: 7 }, { variant_id: b, qty: 6 }] }, reason: 'receiving',
    }, s.headers);
    current = (await h.ok('/pcm/po/get', { po_id: po.po_id }, s.headers)).po;
    expect(current).toMatchObject({ status: 'received', revision: 4, receipt_ids: [first.receipt.receipt_id, second.receipt.receipt_id] });

    const levelA = await eventually(() => stockLevel(h, s.logical_guid, a), (doc) => Number(doc?.on_hand) === 12);
    const levelB = await eventually(() => stockLevel(h, s.logical_guid, b), (doc) => Number(doc?.on_hand) === 6);
    expect(levelA).toMatchObject({ logical_guid: s.logical_guid, variant_id: a, on_hand: 12 });
    expect(levelB).toMatchObject({ on_hand: 6 });

    const full = await h.post('/pcm/receipt/record', { receipt: { po_id: po.po_id, lines: [{ variant_id: b, qty: 1 }] } }, s.headers);
    expect(full.status).toBe(409);
    expect(full.body.error.details.lines[0]).toMatchObject({ remaining_qty: 0 });
  });

  it('refuses POs naming unknown vendors, variants or facilities, and receipts for other variants or facilities', async () => {
    const line = { variant_id: s.variant_ids[0], qty: 1, unit_cost_minor: 100 };
    const base = { vendor_id: s.vendor_id, logical_guid: s.logical_guid, currency: 'USD', lines: [line] };
    const noVendor = await h.post('/pcm/po/create', { ...base, vendor_id: 'ven_nope' }, s.headers);
    expect([noVendor.status, noVendor.body.error.minor.tag]).toEqual([404, 'vendor-not-found']);
    const noVariant = await h.post('/pcm/po/create', { ...base, lines: [{ ...line, variant_id: 'var_nope' }] }, s.headers);
    expect([noVariant.status, noVariant.body.error.minor.tag]).toEqual([404, 'variant-not-found']);
    const noFacility = await h.post('/pcm/po/create', { ...base, logical_guid: 'log_nope' }, s.headers);
    expect([noFacility.status, noFacility.body.error.minor.tag]).toEqual([404, 'logical-facility-not-found']);
    const bad = await h.post('/pcm/po/create', { ...base, currency: 'usd', lines: [{ ...line, qty: 0, unit_cost_minor: 1.5 }] }, s.headers);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['currency', 'lines.0.qty', 'lines.0.unit_cost_minor']));

    const po = (await h.ok('/pcm/po/create', base, s.headers)).po;
    await h.ok('/pcm/po/approve', { po_id: po.po_id, expected_revision: 0 }, s.headers);
    await h.ok('/pcm/po/issue', { po_id: po.po_id, expected_revision: 1 }, s.headers);
    const other = await h.post('/pcm/receipt/record', { receipt: { po_id: po.po_id, lines: [{ variant_id: s.variant_ids[1], qty: 1 }] } }, s.headers);
    expect([other.status, other.body.error.minor.tag]).toEqual([409, 'line-not-on-po']);
    const elsewhere = await h.post('/pcm/receipt/record', { receipt: { po_id: po.po_id, logical_guid: 'log_other', lines: [{ variant_id: s.variant_ids[0], qty: 1 }] } }, s.headers);
    expect([elsewhere.status, elsewhere.body.error.minor.tag]).toEqual([409, 'receipt-facility-mismatch']);
    const missing = await h.post('/pcm/receipt/record', { receipt: { po_id: 'po_nope', lines: [{ variant_id: s.variant_ids[0], qty: 1 }] } }, s.headers);
    expect([missing.status, missing.body.error.minor.tag]).toEqual([404, 'po-not-found']);
    const noPo = await h.post('/pcm/po/approve', { po_id: 'po_nope', expected_revision: 0 }, s.headers);
    expect([noPo.status, noPo.body.error.minor.tag]).toEqual([404, 'po-not-found']);
  });

  it('lists POs with filters and pages', async () => {
    const line = { variant_id: s.variant_ids[0], qty: 1, unit_cost_minor: 100 };
    const { logical_guid } = s;
    const one = (await h.ok('/pcm/po/create', { vendor_id: s.vendor_id, logical_guid, currency: 'USD', lines: [line] }, s.headers)).po;
    const two = (await h.ok('/pcm/po/create', { vendor_id: s.vendor_id, logical_guid, currency: 'USD', lines: [line] }, s.headers)).po;
    // Both drafts, one a page (created in the same millisecond they may tie on created_at: compare as a set).
    const drafts = await h.ok('/pcm/po/list', { status: 'draft', limit: 1 }, s.headers);
    const next = await h.ok('/pcm/po/list', { status: 'draft', limit: 1, next_token: drafts.next_token }, s.headers);
    const ids = [...drafts.items, ...next.items].map((p: { po_id: string; status: string }) => p.po_id);
    expect(ids.sort()).toEqual([one.po_id, two.po_id].sort());
    const byVendor = await h.ok('/pcm/po/list', { vendor_id: s.vendor_id, limit: 200 }, s.headers);
    expect(byVendor.items.every((p: { vendor_id: string }) => p.vendor_id === s.vendor_id)).toBe(true);
    expect((await h.ok('/pcm/po/list', { vendor_id: 'ven_nope' }, s.headers)).items).toEqual([]);
  });
});

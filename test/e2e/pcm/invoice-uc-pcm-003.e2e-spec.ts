// UC-PCM-003: invoice match → dispute → resolve (three-way: PO × receipts × invoice, with a price tolerance).
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { issuedPo, procurementSetup, ProcurementSetup } from './pcm-setup';

describe('UC-PCM-003 invoice match, dispute, resolve', () => {
  let h: ApiHarness;
  let s: ProcurementSetup;
  let poId: string;

  beforeAll(async () => {
    h = await openApiHarness();
    s = await procurementSetup(h, 'owner-uc-pcm-003@example.com');
    const [a, b] = s.variant_ids;
    const po = await issuedPo(h, s, [{ variant_id: a, qty: 10, unit_cost_minor: 1000 }, { variant_id: b, qty: 4, unit_cost_minor: 2500 }]);
    poId = po.po_id;
    await h.ok('/pcm/receipt/record', { receipt: { po_id: poId, logical_guid: s.logical_guid, lines: [{ variant_id: a, qty: 10 }, { variant_id: b, qty: 2 }] }, reason: 'receiving' }, s.headers);
  });
  afterAll(() => h.close());

  it('matches a clean invoice (received qty, PO cost within tolerance) and approves it to pay', async () => {
    const [a] = s.variant_ids;
    const data = await h.ok('/pcm/invoice/match', {
      po_id: poId, invoice_number: 'INV-1001', currency: 'USD', total_minor: 10 * 1010,
      lines: [{ variant_id: a, qty: 10, unit_cost_minor: 1010 }], tolerance: { price_pct_bps: 100 },
    }, s.headers);
    expect(data.invoice).toMatchObject({
      po_id: poId, vendor_id: s.vendor_id, invoice_number: 'INV-1001', status: 'matched', match_status: 'matched', reasons: [],
      approved_total_minor: 10100, expected_total_minor: 10000, tolerance: { price_pct_bps: 100, price_abs_minor: 0 }, revision: 0,
    });
    expect(data.invoice.lines[0]).toMatchObject({ expected_qty: 10, po_unit_cost_minor: 1000, price_variance_minor: 10, status: 'matched', reasons: [] });

    // The same vendor invoice number again (any case, any padding) is a duplicate.
    const again = await h.post('/pcm/invoice/match', { po_id: poId, invoice_number: ' inv-1001 ', currency: 'USD', total_minor: 1, lines: [{ variant_id: a, qty: 1, unit_cost_minor: 1 }] }, s.headers);
    expect([again.status, again.body.error.minor.tag, again.body.error.details.invoice_id]).toEqual([409, 'duplicate-invoice', data.invoice.invoice_id]);
    // A matched invoice has nothing to dispute.
    const dispute = await h.post('/pcm/invoice/dispute', { invoice_id: data.invoice.invoice_id, expected_revision: 0 }, s.headers);
    expect([dispute.status, dispute.body.error.minor.tag]).toEqual([409, 'invoice-not-mismatched']);
  });

  it('flags a mismatched invoice per line, then disputes and resolves it', async () => {
    const [, b] = s.variant_ids;
    // Bills all 4 units of b (only 2 received) at a price beyond the default (exact) tolerance.
    const matched = await h.ok('/pcm/invoice/match', {
      po_id: poId, invoice_number: 'INV-1002', currency: 'USD', total_minor: 4 * 2600,
      lines: [{ variant_id: b, qty: 4, unit_cost_minor: 2600 }], reason: 'ap-intake',
    }, s.headers);
    const invoice = matched.invoice;
    expect(invoice).toMatchObject({ status: 'mismatched', match_status: 'mismatched', reasons: [], approved_total_minor: null, expected_total_minor: 2 * 2500 });
    expect(invoice.lines[0]).toMatchObject({ variant_id: b, qty: 4, expected_qty: 2, price_variance_minor: 100, status: 'mismatched', reasons: ['qty-mismatch', 'price-out-of-tolerance'] });

    expect((await h.post('/pcm/invoice/dispute', { invoice_id: invoice.invoice_id, note: 'x' }, s.headers)).status).toBe(428);
    const disputed = await h.ok('/pcm/invoice/dispute', { invoice_id: invoice.invoice_id, expected_revision: 0, note: 'Only 2 received; price is not the PO price.' }, s.headers);
    expect(disputed.invoice).toMatchObject({ status: 'disputed', revision: 1, dispute_note: 'Only 2 received; price is not the PO price.' });
    const twice = await h.post('/pcm/invoice/dispute', { invoice_id: invoice.invoice_id, expected_revision: 1 }, s.headers);
    expect([twice.status, twice.body.error.minor.tag]).toEqual([409, 'invoice-disputed']);

    const stale = await h.post('/pcm/invoice/resolve', { invoice_id: invoice.invoice_id, expected_revision: 0, resolution: 'accepted' }, s.headers);
    expect([stale.status, stale.body.error.conflict_snapshot]).toEqual([409, { revision: 1 }]);
    const resolved = await h.ok('/pcm/invoice/resolve', {
      invoice_id: invoice.invoice_id, expected_revision: 1, resolution: 'accepted', approved_total_minor: 5000, note: 'Vendor credits the difference.',
    }, s.headers);
    expect(resolved.invoice).toMatchObject({ status: 'resolved', match_status: 'mismatched', resolution: 'accepted', approved_total_minor: 5000, resolution_note: 'Vendor credits the difference.', revision: 2 });
    const done = await h.post('/pcm/invoice/resolve', { invoice_id: invoice.invoice_id, expected_revision: 2, resolution: 'rejected' }, s.headers);
    expect([done.status, done.body.error.minor.tag]).toEqual([409, 'invoice-resolved']);

    expect((await h.ok('/pcm/invoice/get', { invoice_id: invoice.invoice_id }, s.headers)).invoice).toEqual(resolved.invoice);
  });

  it('resolves a mismatched invoice directly by rejecting it; rejected qty may be billed again', async () => {
    const [a] = s.variant_ids;
    // All 10 of a were billed by INV-1001: another bill for them expects 0.
    const dup = (await h.ok('/pcm/invoice/match', { po_id: poId, invoice_number: 'INV-1003', currency: 'EUR', total_minor: 999, lines: [{ variant_id: a, qty: 10, unit_cost_minor: 1000 }] }, s.headers)).invoice;
    expect(dup).toMatchObject({ status: 'mismatched', reasons: ['currency-mismatch', 'total-mismatch'] });
    expect(dup.lines[0]).toMatchObject({ expected_qty: 0, reasons: ['qty-mismatch'] });
    const bad = await h.post('/pcm/invoice/resolve', { invoice_id: dup.invoice_id, expected_revision: 0, resolution: 'rejected', approved_total_minor: 1 }, s.headers);
    expect([bad.status, bad.body.error.minor.tag]).toEqual([400, 'approved-total-on-reject']);
    const rejected = await h.ok('/pcm/invoice/resolve', { invoice_id: dup.invoice_id, expected_revision: 0, resolution: 'rejected', note: 'Duplicate billing.' }, s.headers);
    expect(rejected.invoice).toMatchObject({ status: 'resolved', resolution: 'rejected', approved_total_minor: null });
  });

  it('lists invoices by PO and status; refuses unknown POs and invoices', async () => {
    const all = await h.ok('/pcm/invoice/list', { po_id: poId }, s.headers);
    expect(all.items.map((i: { invoice_number: string }) => i.invoice_number).sort()).toEqual(expect.arrayContaining(['INV-1001']));
    const matched = await h.ok('/pcm/invoice/list', { po_id: poId, status: 'matched' }, s.headers);
    expect(matched.items.map((i: { invoice_number: string }) => i.invoice_number)).toEqual(['INV-1001']);
    const noPo = await h.post('/pcm/invoice/match', { po_id: 'po_nope', invoice_number: 'X-1', currency: 'USD', total_minor: 1, lines: [{ variant_id: 'v', qty: 1, unit_cost_minor: 1 }] }, s.headers);
    expect([noPo.status, noPo.body.error.minor.tag]).toEqual([404, 'po-not-found']);
    const noInvoice = await h.post('/pcm/invoice/get', { invoice_id: 'inv_nope' }, s.headers);
    expect([noInvoice.status, noInvoice.body.error.minor.tag]).toEqual([404, 'invoice-not-found']);
    const noDispute = await h.post('/pcm/invoice/dispute', { invoice_id: 'inv_nope', expected_revision: 0 }, s.headers);
    expect([noDispute.status, noDispute.body.error.minor.tag]).toEqual([404, 'invoice-not-found']);
  });
});

// Concurrency: invoices of one PO matched at the same moment never bill the same received qty twice. Each invoice
// claims its qty on the PO's stream (the billing ledger), so parallel matches queue there and each is matched against
// the claims before its own; a rejected invoice's claim is released.
import { randomUUID } from 'crypto';
import { poDecider } from '../../../libs/pcm/po/po.decide';
import { invoiceDecider } from '../../../libs/pcm/invoice/invoice.decide';
import { poForMatch } from '../../../libs/pcm/invoice/invoice-match';
import { invoiceIdFor, invoiceStream, poStream } from '../../../libs/pcm/shared/streams';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { eventually, issuedPo, procurementSetup, ProcurementSetup } from './pcm-setup';

describe('PCM invoice matching under concurrency', () => {
  let h: ApiHarness;
  let s: ProcurementSetup;

  beforeAll(async () => {
    h = await openApiHarness();
    s = await procurementSetup(h, 'owner-pcm-invoice-concurrency@example.com', 1);
  });
  afterAll(() => h.close());

  async function receivedPo(qty: number) {
    const variant_id = s.variant_ids[0];
    const po = await issuedPo(h, s, [{ variant_id, qty, unit_cost_minor: 500 }]);
    await h.ok('/pcm/receipt/record', { receipt: { po_id: po.po_id, lines: [{ variant_id, qty }] } }, s.headers);
    return po.po_id as string;
  }
  const bill = (po_id: string, invoice_number: string, qty: number, unit_cost_minor = 500) =>
    h.post('/pcm/invoice/match', { po_id, invoice_number, currency: 'USD', total_minor: qty * unit_cost_minor, lines: [{ variant_id: s.variant_ids[0], qty, unit_cost_minor }] }, s.headers);

  it('given 10 received, when six invoices each bill all 10 at once, then exactly one expects 10 and the others 0', async () => {
    const po_id = await receivedPo(10);
    const results = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((n) => bill(po_id, `RACE-${n}`, 10)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const invoices = results.map((r) => r.body.data.invoice);
    const matched = invoices.filter((i) => i.status === 'matched');
    expect(matched).toHaveLength(1);
    expect(matched[0].lines[0].expected_qty).toBe(10);
    for (const i of invoices.filter((x) => x.status !== 'matched')) {
      expect(i.lines[0]).toMatchObject({ expected_qty: 0, reasons: ['qty-mismatch'] });
    }
    const po = (await h.ok('/pcm/po/get', { po_id }, s.headers)).po;
    expect(po.lines[0]).toMatchObject({ received_qty: 10, invoiced_qty: 60 });
  });

  it('given mismatched invoices holding the qty, when they are rejected, then the qty is billable again', async () => {
    const po_id = await receivedPo(4);
    const wrongPrice = (await bill(po_id, 'REJ-1', 4, 600)).body.data.invoice;
    expect(wrongPrice.lines[0]).toMatchObject({ expected_qty: 4, reasons: ['price-out-of-tolerance'] });
    const twice = (await bill(po_id, 'REJ-2', 4)).body.data.invoice;
    expect(twice.lines[0]).toMatchObject({ expected_qty: 0, reasons: ['qty-mismatch'] });
    await h.ok('/pcm/invoice/resolve', { invoice_id: wrongPrice.invoice_id, expected_revision: 0, resolution: 'rejected' }, s.headers);
    // REJ-2 is still open (it may yet be accepted), so its 4 stay billed.
    expect((await bill(po_id, 'REJ-3', 4)).body.data.invoice.lines[0]).toMatchObject({ expected_qty: 0 });
    expect((await h.ok('/pcm/po/get', { po_id }, s.headers)).po.lines[0]).toMatchObject({ received_qty: 4, invoiced_qty: 8 });
    for (const id of [twice.invoice_id, (await h.ok('/pcm/invoice/list', { po_id, status: 'mismatched' }, s.headers)).items.find((i: { invoice_number: string }) => i.invoice_number === 'REJ-3').invoice_id]) {
      await h.ok('/pcm/invoice/resolve', { invoice_id: id, expected_revision: 0, resolution: 'rejected' }, s.headers);
    }
    const po = (await h.ok('/pcm/po/get', { po_id }, s.headers)).po;
    expect([po.lines[0].invoiced_qty, po.invoice_claims]).toEqual([0, []]);
    const again = (await bill(po_id, 'REJ-4', 4)).body.data.invoice;
    expect(again).toMatchObject({ status: 'matched', lines: [expect.objectContaining({ expected_qty: 4 })] });
    expect((await h.ok('/pcm/po/get', { po_id }, s.headers)).po.lines[0]).toMatchObject({ received_qty: 4, invoiced_qty: 4 });
  });

  it('given one vendor invoice number sent four times at once with different lines, then one is recorded and the PO bills its qty only', async () => {
    const po_id = await receivedPo(10);
    const results = await Promise.all([1, 2, 3, 4].map((qty) => bill(po_id, 'SAME-1', qty)));
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expect([r.status, r.body.error.minor.tag]).toEqual([409, 'duplicate-invoice']);
    const qty = won[0].body.data.invoice.lines[0].qty;
    expect((await h.ok('/pcm/po/get', { po_id }, s.headers)).po.lines[0]).toMatchObject({ invoiced_qty: qty });
    expect((await bill(po_id, 'SAME-2', 10 - qty)).body.data.invoice).toMatchObject({ status: 'matched' });
  });

  it('given invoices written without their PO claims (a log from before the ledger, a crash before a release), then the invoice-claims reactor puts the ledger right', async () => {
    const po_id = await receivedPo(10);
    const org_guid = String((await h.ok('/pcm/po/get', { po_id }, s.headers)).po.org_guid);
    const po = (await h.runtime.commands.load(poStream(org_guid, po_id), poDecider)).state;
    // Appended straight to the invoice streams, as the handler did before the PO kept a billing ledger.
    const append = async (number: string, qty: number) => {
      const invoice_id = invoiceIdFor(po.vendor_id, number);
      const [event] = invoiceDecider.decide({
        kind: 'match', invoice_id, org_guid, po_id, po: poForMatch(po, invoice_id), invoice_number: number, currency: 'USD', total_minor: qty * 500,
        lines: [{ variant_id: s.variant_ids[0], qty, unit_cost_minor: 500 }], tolerance: { price_pct_bps: 0, price_abs_minor: 0 },
      }, invoiceDecider.initialState());
      const metadata = { event_id: randomUUID(), org_guid, actor: 'user:test', occurred_at: new Date().toISOString(), schema_version: 1 };
      await h.runtime.log.append(invoiceStream(org_guid, invoice_id), [{ type: event.type, data: event.data, metadata }]);
      return { invoice_id, metadata };
    };
    const first = await append('OLD-1', 6);
    await append('OLD-2', 4);
    const claimsOf = async () => (await h.ok('/pcm/po/get', { po_id }, s.headers)).po.invoice_claims.map((c: { invoice_id: string }) => c.invoice_id);
    await eventually(claimsOf, (ids) => ids.length === 2);
    expect((await bill(po_id, 'NEW-1', 1)).body.data.invoice.lines[0]).toMatchObject({ expected_qty: 0 });

    // A rejection whose release was never written (the handler crashed after the invoice's write).
    await h.runtime.log.append(invoiceStream(org_guid, first.invoice_id), [{
      type: 'pcm.invoice-resolved', data: { invoice_id: first.invoice_id, from: 'mismatched', resolution: 'rejected', approved_total_minor: null, note: null },
      metadata: { ...first.metadata, event_id: randomUUID() },
    }]);
    await eventually(claimsOf, (ids) => !ids.includes(first.invoice_id));
    expect((await h.ok('/pcm/po/get', { po_id }, s.headers)).po.lines[0].invoiced_qty).toBe(4 + 1);
  });
});

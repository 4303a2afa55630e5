import { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { pcmInvoicesProjection, PCM_INVOICES, InvoiceDoc } from './invoices.projection';
import { pcmPurchaseOrdersProjection, PCM_POS, PCM_RECEIPTS, PoDoc, ReceiptDoc } from './purchase-orders.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, revision: number, extra: Record<string, unknown> = {}): RecordedEvent => {
  position += 1;
  return {
    type, data, revision, position, stream: 'org1/pcm.po/po_1', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, actor: 'user:u1', occurred_at: `2026-01-01T00:00:0${position % 10}.000Z`, schema_version: 1, ...extra },
  };
};

async function run(definition: ProjectionDefinition, events: RecordedEvent[]): Promise<ProjectionContext> {
  const physical = Object.fromEntries(definition.collections.map((c) => [c.name, `${c.name}__g1`]));
  const ctx = new ProjectionContext({ get: async () => null }, physical);
  for (const e of events) {
    ctx.position = e.position;
    await definition.handlers[e.type](e, ctx);
  }
  return ctx;
}

describe('pcm.purchase-orders projection', () => {
  const created = event('pcm.po-created', {
    po_id: 'po_1', org_guid: 'org1', vendor_id: 'ven_1', logical_guid: 'log_1', currency: 'USD', total_minor: 4500,
    lines: [{ po_line_id: 'pol_1', variant_id: 'var_a', qty: 10, unit_cost_minor: 250 }, { po_line_id: 'pol_2', variant_id: 'var_b', qty: 2, unit_cost_minor: 1000 }],
  }, 0);
  const receipt = (receipt_id: string, lines: Array<[string, string, number]>, rev: number) =>
    event('pcm.receipt-recorded', { receipt_id, po_id: 'po_1', logical_guid: 'log_1', lines: lines.map(([po_line_id, variant_id, qty]) => ({ po_line_id, variant_id, qty })) }, rev,
      { reason: 'receiving', source_refs: [{ kind: 'po', id: 'po_1' }] });

  it('tracks received and open qty per line and derives the receiving status', async () => {
    const ctx = await run(pcmPurchaseOrdersProjection, [
      created, event('pcm.po-approved', { po_id: 'po_1' }, 1), event('pcm.po-issued', { po_id: 'po_1' }, 2),
      receipt('rcp_1', [['pol_1', 'var_a', 4]], 3),
    ]);
    const po = await ctx.get<PoDoc>(PCM_POS, 'po_1');
    expect(po).toMatchObject({ status: 'partially_received', revision: 3, approved_by: 'user:u1', receipt_ids: ['rcp_1'] });
    expect(po!.lines.map((l) => [l.received_qty, l.open_qty, l.line_total_minor])).toEqual([[4, 6, 2500], [0, 2, 2000]]);
    const rcp = await ctx.get<ReceiptDoc>(PCM_RECEIPTS, 'rcp_1');
    expect(rcp).toMatchObject({ po_id: 'po_1', vendor_id: 'ven_1', org_guid: 'org1', total_qty: 4, revision: 0, reason: 'receiving', source_refs: [{ kind: 'po', id: 'po_1' }] });

    const more = await run(pcmPurchaseOrdersProjection, [
      created, event('pcm.po-approved', { po_id: 'po_1' }, 1), event('pcm.po-issued', { po_id: 'po_1' }, 2),
      receipt('rcp_1', [['pol_1', 'var_a', 4]], 3), receipt('rcp_2', [['pol_1', 'var_a', 6], ['pol_2', 'var_b', 2]], 4),
    ]);
    expect(await more.get<PoDoc>(PCM_POS, 'po_1')).toMatchObject({ status: 'received', revision: 4 });
  });

  it('keeps the billing ledger: claims in order, a repeated claim replaced, a released one gone; invoiced qty per line', async () => {
    const claim = (invoice_id: string, qtyA: number, rev: number) => event('pcm.po-invoice-billed', { po_id: 'po_1', invoice_id, lines: [{ po_line_id: 'pol_1', qty: qtyA }] }, rev);
    const ctx = await run(pcmPurchaseOrdersProjection, [
      created, event('pcm.po-approved', { po_id: 'po_1' }, 1), event('pcm.po-issued', { po_id: 'po_1' }, 2), receipt('rcp_1', [['pol_1', 'var_a', 10]], 3),
      claim('inv_1', 6, 4), claim('inv_2', 3, 5), claim('inv_1', 7, 6), event('pcm.po-invoice-released', { po_id: 'po_1', invoice_id: 'inv_2' }, 7),
    ]);
    const po = await ctx.get<PoDoc>(PCM_POS, 'po_1');
    expect(po).toMatchObject({ revision: 7, invoice_claims: [{ invoice_id: 'inv_1', lines: [{ po_line_id: 'pol_1', qty: 7 }] }] });
    expect(po!.lines.map((l) => [l.received_qty, l.invoiced_qty])).toEqual([[10, 7], [0, 0]]);
  });
});

describe('pcm.invoices projection', () => {
  const data = {
    invoice_id: 'inv_1', org_guid: 'org1', po_id: 'po_1', vendor_id: 'ven_1', invoice_number: 'INV-1', currency: 'USD', total_minor: 900, expected_total_minor: 1000,
    tolerance: { price_pct_bps: 0, price_abs_minor: 0 }, reasons: [], lines: [],
  };

  it('keeps the match outcome while the status moves through dispute and resolution', async () => {
    const ctx = await run(pcmInvoicesProjection, [
      event('pcm.invoice-mismatched', data, 0),
      event('pcm.invoice-disputed', { invoice_id: 'inv_1', note: 'short' }, 1),
      event('pcm.invoice-resolved', { invoice_id: 'inv_1', from: 'disputed', resolution: 'accepted', approved_total_minor: 850, note: 'credit' }, 2),
    ]);
    expect(await ctx.get<InvoiceDoc>(PCM_INVOICES, 'inv_1')).toMatchObject({
      status: 'resolved', match_status: 'mismatched', dispute_note: 'short', resolution: 'accepted', approved_total_minor: 850, resolution_note: 'credit', revision: 2,
    });
  });

  it('approves a clean match as billed', async () => {
    const ctx = await run(pcmInvoicesProjection, [event('pcm.invoice-matched', data, 0)]);
    expect(await ctx.get<InvoiceDoc>(PCM_INVOICES, 'inv_1')).toMatchObject({ status: 'matched', approved_total_minor: 900 });
  });
});

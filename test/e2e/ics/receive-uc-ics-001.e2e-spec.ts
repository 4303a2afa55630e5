import { createSellableVariant } from '../../support/fixtures/catalog';
import { useIcsWorld } from './support/ics-setup';

/** UC-ICS-001: receive inventory → stock list. */
describe('ICS UC-ICS-001: receive → stock list', () => {
  const { h, w } = useIcsWorld();

  it('records a receipt whose lines become on-hand stock', async () => {
    const second = await createSellableVariant(h, w.headers);
    const recorded = await h.ok('/ics/receive/record', {
      logical_guid: w.logical_guid, lines: [{ variant_id: w.variant_id, qty: 10 }, { variant_id: second.variant_id, qty: 4 }],
      reason: 'receiving', source_refs: [{ kind: 'asn', id: 'ASN-1' }],
    }, w.headers);
    expect(recorded.receipt).toMatchObject({ logical_guid: w.logical_guid, total_qty: 14, status: 'recorded', revision: 0, source_refs: [{ kind: 'asn', id: 'ASN-1' }] });

    const list = await h.ok('/ics/stock/list', { logical_guid: w.logical_guid }, w.headers);
    const byVariant = Object.fromEntries(list.items.map((s: { variant_id: string }) => [s.variant_id, s]));
    expect(byVariant[w.variant_id]).toMatchObject({ on_hand: 10, available: 10 });
    expect(byVariant[second.variant_id]).toMatchObject({ on_hand: 4, available: 4 });

    const got = await h.ok('/ics/receive/get', { receipt_id: recorded.receipt.receipt_id }, w.headers);
    expect(got.receipt.lines).toEqual([{ line_id: '1', variant_id: w.variant_id, qty: 10 }, { line_id: '2', variant_id: second.variant_id, qty: 4 }]);
    const receipts = await h.ok('/ics/receive/list', { logical_guid: w.logical_guid }, w.headers);
    expect(receipts.items.map((r: { receipt_id: string }) => r.receipt_id)).toContain(recorded.receipt.receipt_id);

    const card = await h.ok('/ics/stock/card/list', { logical_guid: w.logical_guid, variant_id: w.variant_id }, w.headers);
    expect(card.items[0]).toMatchObject({ movement: 'received', qty: 10, source: { kind: 'ics-receipt', receipt_id: recorded.receipt.receipt_id, line_id: '1' } });
  });

  it('refuses a receipt for an unknown variant without receiving anything', async () => {
    const refused = await h.post('/ics/receive/record', { logical_guid: w.logical_guid, lines: [{ variant_id: 'var_nope', qty: 1 }] }, w.headers);
    expect([refused.status, refused.body.error.minor.tag]).toEqual([404, 'variant-not-found']);
    const missing = await h.post('/ics/receive/get', { receipt_id: 'rcv_nope' }, w.headers);
    expect(missing.status).toBe(404);
  });
});

import { given } from '@g3n/es';
import { invoiceDecider as decider, InvoiceCommand } from './invoice.decide';
import { allowedPriceVariance, PoForMatch } from './invoice-match';
import type { InvoiceEvent } from './invoice.events';

const po: PoForMatch = {
  status: 'partially_received', vendor_id: 'ven_1', currency: 'USD',
  lines: [
    { po_line_id: 'pol_1', variant_id: 'var_a', unit_cost_minor: 1000, received_qty: 10, invoiced_qty: 0 },
    { po_line_id: 'pol_2', variant_id: 'var_b', unit_cost_minor: 500, received_qty: 4, invoiced_qty: 2 },
  ],
};
const exact = { price_pct_bps: 0, price_abs_minor: 0 };
const matchCmd = (over: Partial<Extract<InvoiceCommand, { kind: 'match' }>> = {}): InvoiceCommand => ({
  kind: 'match', invoice_id: 'inv_1', org_guid: 'org1', po_id: 'po_1', po, invoice_number: 'INV-100', currency: 'USD', total_minor: 11000,
  lines: [{ variant_id: 'var_a', qty: 10, unit_cost_minor: 1000 }, { variant_id: 'var_b', qty: 2, unit_cost_minor: 500 }],
  tolerance: exact, ...over,
});

const decideOne = (command: InvoiceCommand, history: InvoiceEvent[] = []) =>
  decider.decide(command, history.reduce(decider.evolve, decider.initialState()))[0] as Extract<InvoiceEvent, { type: 'pcm.invoice-matched' | 'pcm.invoice-mismatched' }>;

describe('invoice decider: three-way match', () => {
  it('matches an invoice billing exactly the received, not yet billed qty at PO cost', () => {
    const event = decideOne(matchCmd());
    expect(event.type).toBe('pcm.invoice-matched');
    expect(event.data).toMatchObject({ vendor_id: 'ven_1', expected_total_minor: 11000, reasons: [] });
    expect(event.data.lines[1]).toMatchObject({ po_line_id: 'pol_2', expected_qty: 2, price_variance_minor: 0, status: 'matched', reasons: [] });
  });

  it('flags qty that differs from the received qty (qty is exact)', () => {
    const event = decideOne(matchCmd({ total_minor: 12000, lines: [{ variant_id: 'var_a', qty: 11, unit_cost_minor: 1000 }, { variant_id: 'var_b', qty: 2, unit_cost_minor: 500 }] }));
    expect(event.type).toBe('pcm.invoice-mismatched');
    expect(event.data.lines[0]).toMatchObject({ expected_qty: 10, status: 'mismatched', reasons: ['qty-mismatch'] });
    expect(event.data.lines[1].status).toBe('matched');
  });

  it('accepts price variance within tolerance (the larger of % and absolute), flags beyond', () => {
    expect(allowedPriceVariance(1000, { price_pct_bps: 200, price_abs_minor: 5 })).toBe(20);
    expect(allowedPriceVariance(1000, { price_pct_bps: 0, price_abs_minor: 5 })).toBe(5);
    const lines = [{ variant_id: 'var_a', qty: 10, unit_cost_minor: 1020 }];
    expect(decideOne(matchCmd({ lines, total_minor: 10200, tolerance: { price_pct_bps: 200, price_abs_minor: 0 } })).type).toBe('pcm.invoice-matched');
    const over = decideOne(matchCmd({ lines, total_minor: 10200, tolerance: { price_pct_bps: 100, price_abs_minor: 0 } }));
    expect(over.type).toBe('pcm.invoice-mismatched');
    expect(over.data.lines[0]).toMatchObject({ price_variance_minor: 20, reasons: ['price-out-of-tolerance'] });
  });

  it('flags lines not on the PO, another currency and a total that does not add up', () => {
    const event = decideOne(matchCmd({ currency: 'EUR', total_minor: 1, lines: [{ variant_id: 'var_x', qty: 1, unit_cost_minor: 100 }] }));
    expect(event.type).toBe('pcm.invoice-mismatched');
    expect(event.data.reasons).toEqual(['currency-mismatch', 'total-mismatch']);
    expect(event.data.lines[0]).toMatchObject({ po_line_id: null, reasons: ['not-on-po'] });
  });

  it('refuses a missing, unissued or cancelled PO, duplicate variants and a reused invoice number', () => {
    given(decider, []).when(matchCmd({ po: null })).thenRejects('not-found', 'po-not-found');
    given(decider, []).when(matchCmd({ po: { ...po, status: 'approved' } })).thenRejects('invalid-state', 'po-not-issued');
    given(decider, []).when(matchCmd({ po: { ...po, status: 'cancelled' } })).thenRejects('invalid-state', 'po-cancelled');
    given(decider, []).when(matchCmd({ lines: [{ variant_id: 'var_a', qty: 1, unit_cost_minor: 1 }, { variant_id: 'var_a', qty: 1, unit_cost_minor: 1 }] })).thenRejects('validation-error', 'duplicate-variant');
    given(decider, [decideOne(matchCmd())]).when(matchCmd()).thenRejects('conflict', 'duplicate-invoice');
  });
});

describe('invoice decider: dispute and resolve', () => {
  const mismatched = decideOne(matchCmd({ total_minor: 9000, lines: [{ variant_id: 'var_a', qty: 9, unit_cost_minor: 1000 }] }));
  const matched = decideOne(matchCmd());
  const disputed: InvoiceEvent = { type: 'pcm.invoice-disputed', data: { invoice_id: 'inv_1', note: 'short shipped?' } };

  it('disputes a mismatched invoice once', () => {
    given(decider, [mismatched]).when({ kind: 'dispute', note: 'short shipped?' }).then([disputed]);
    given(decider, [mismatched, disputed]).when({ kind: 'dispute', note: null }).thenRejects('invalid-state', 'invoice-disputed');
    given(decider, [matched]).when({ kind: 'dispute', note: null }).thenRejects('invalid-state', 'invoice-not-mismatched');
    given(decider, []).when({ kind: 'dispute', note: null }).thenRejects('not-found', 'invoice-not-found');
  });

  it('resolves a mismatched or disputed invoice: accepted pays the agreed amount (default: as billed), rejected pays nothing', () => {
    given(decider, [mismatched, disputed]).when({ kind: 'resolve', resolution: 'accepted', approved_total_minor: 8500, note: 'credit agreed' })
      .then([{ type: 'pcm.invoice-resolved', data: { invoice_id: 'inv_1', from: 'disputed', resolution: 'accepted', approved_total_minor: 8500, note: 'credit agreed' } }]);
    given(decider, [mismatched]).when({ kind: 'resolve', resolution: 'accepted', approved_total_minor: null, note: null })
      .then([{ type: 'pcm.invoice-resolved', data: { invoice_id: 'inv_1', from: 'mismatched', resolution: 'accepted', approved_total_minor: 9000, note: null } }]);
    given(decider, [mismatched]).when({ kind: 'resolve', resolution: 'rejected', approved_total_minor: null, note: null })
      .thenState((s) => expect(s).toMatchObject({ status: 'resolved', resolution: 'rejected' }));
    given(decider, [mismatched]).when({ kind: 'resolve', resolution: 'rejected', approved_total_minor: 1, note: null }).thenRejects('validation-error', 'approved-total-on-reject');
    given(decider, [matched]).when({ kind: 'resolve', resolution: 'accepted', approved_total_minor: null, note: null }).thenRejects('invalid-state', 'invoice-not-mismatched');
    const resolved: InvoiceEvent = { type: 'pcm.invoice-resolved', data: { invoice_id: 'inv_1', from: 'mismatched', resolution: 'rejected', approved_total_minor: null, note: null } };
    given(decider, [mismatched, resolved]).when({ kind: 'resolve', resolution: 'accepted', approved_total_minor: null, note: null }).thenRejects('invalid-state', 'invoice-resolved');
  });
});

import { given } from '@g3n/es';
import { poDecider as decider, PoReferences } from './po.decide';
import { billedBefore } from './po.state';
import { poForMatch } from '../invoice/invoice-match';
import type { PoEvent } from './po.events';

const refs: PoReferences = { vendor: { status: 'active' }, logical: { status: 'active' }, variants: { var_a: { status: 'active' }, var_b: { status: 'draft' } } };
const lines = [
  { po_line_id: 'pol_1', variant_id: 'var_a', qty: 10, unit_cost_minor: 250 },
  { po_line_id: 'pol_2', variant_id: 'var_b', qty: 4, unit_cost_minor: 1000 },
];
const base = { po_id: 'po_1', org_guid: 'org1', vendor_id: 'ven_1', logical_guid: 'log_1', currency: 'USD', lines };
const created: PoEvent = { type: 'pcm.po-created', data: { ...base, total_minor: 6500 } };
const approved: PoEvent = { type: 'pcm.po-approved', data: { po_id: 'po_1' } };
const issued: PoEvent = { type: 'pcm.po-issued', data: { po_id: 'po_1' } };
const receipt = (receipt_id: string, qtyA: number, qtyB?: number): PoEvent => ({
  type: 'pcm.receipt-recorded',
  data: {
    receipt_id, po_id: 'po_1', logical_guid: 'log_1',
    lines: [{ po_line_id: 'pol_1', variant_id: 'var_a', qty: qtyA }, ...(qtyB ? [{ po_line_id: 'pol_2', variant_id: 'var_b', qty: qtyB }] : [])],
  },
});
const receive = (receipt_id: string, qty: number, extra: Record<string, unknown> = {}) =>
  ({ kind: 'record-receipt' as const, receipt_id, lines: [{ variant_id: 'var_a', qty }], ...extra });

describe('purchase order decider', () => {
  it('drafts a PO with its total in minor units', () => {
    given(decider, []).when({ kind: 'create', ...base, refs }).then([created]);
    given(decider, []).when({ kind: 'create', ...base, refs }).thenState((s) => expect(s).toMatchObject({ status: 'draft', total_minor: 6500 }));
  });

  it('refuses missing or unusable vendor, facility and variants', () => {
    given(decider, []).when({ kind: 'create', ...base, refs: { ...refs, vendor: null } }).thenRejects('not-found', 'vendor-not-found');
    given(decider, []).when({ kind: 'create', ...base, refs: { ...refs, vendor: { status: 'suspended' } } }).thenRejects('invalid-state', 'vendor-not-orderable');
    given(decider, []).when({ kind: 'create', ...base, refs: { ...refs, vendor: { status: 'draft' } } }).thenRejects('invalid-state', 'vendor-not-orderable');
    given(decider, []).when({ kind: 'create', ...base, refs: { ...refs, vendor: { status: 'verified' } } }).then([created]);
    given(decider, []).when({ kind: 'create', ...base, refs: { ...refs, logical: null } }).thenRejects('not-found', 'logical-facility-not-found');
    given(decider, []).when({ kind: 'create', ...base, refs: { ...refs, logical: { status: 'inactive' } } }).thenRejects('invalid-state', 'logical-facility-inactive');
    given(decider, []).when({ kind: 'create', ...base, refs: { ...refs, variants: { var_a: { status: 'active' } } } }).thenRejects('not-found', 'variant-not-found');
    given(decider, []).when({ kind: 'create', ...base, refs: { ...refs, variants: { ...refs.variants, var_b: { status: 'discontinued' } } } }).thenRejects('invalid-state', 'variant-not-orderable');
  });

  it('refuses a variant on two lines and totals beyond safe integers', () => {
    given(decider, []).when({ kind: 'create', ...base, lines: [lines[0], { ...lines[1], variant_id: 'var_a' }], refs }).thenRejects('validation-error', 'duplicate-variant');
    given(decider, []).when({ kind: 'create', ...base, lines: [{ ...lines[0], qty: 1_000_000, unit_cost_minor: 2 ** 53 / 100 }], refs }).thenRejects('validation-error', 'total-too-large');
  });

  it('goes draft → approved → issued, and only that way', () => {
    given(decider, [created]).when({ kind: 'approve' }).then([approved]);
    given(decider, [created, approved]).when({ kind: 'issue' }).then([issued]);
    given(decider, [created]).when({ kind: 'issue' }).thenRejects('invalid-state', 'po-not-approved');
    given(decider, [created, approved]).when({ kind: 'approve' }).thenRejects('invalid-state', 'po-not-draft');
    given(decider, []).when({ kind: 'approve' }).thenRejects('not-found', 'po-not-found');
  });

  it('receives only against an issued PO', () => {
    given(decider, [created]).when(receive('rcp_1', 1)).thenRejects('invalid-state', 'po-not-issued');
    given(decider, [created, approved]).when(receive('rcp_1', 1)).thenRejects('invalid-state', 'po-not-issued');
    given(decider, [created, approved, issued]).when(receive('rcp_1', 4)).then([receipt('rcp_1', 4)]);
  });

  it('moves issued → partially received → received as lines fill', () => {
    given(decider, [created, approved, issued]).when(receive('rcp_1', 4)).thenState((s) => {
      expect(s.status).toBe('partially_received');
      expect(s.lines[0].received_qty).toBe(4);
    });
    given(decider, [created, approved, issued, receipt('rcp_1', 4)])
      .when({ kind: 'record-receipt', receipt_id: 'rcp_2', lines: [{ variant_id: 'var_a', qty: 6 }, { variant_id: 'var_b', qty: 4 }] })
      .thenState((s) => expect(s.status).toBe('received'));
  });

  it('refuses over-receipt with the line and its remaining qty', () => {
    let caught: any;
    try {
      const state = [created, approved, issued, receipt('rcp_1', 8)].reduce(decider.evolve, decider.initialState());
      decider.decide(receive('rcp_2', 3), state);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ tag: 'conflict', minor: 'over-receipt' });
    expect(caught.details.lines).toEqual([{ po_line_id: 'pol_1', variant_id: 'var_a', ordered_qty: 10, received_qty: 8, remaining_qty: 2, requested_qty: 3 }]);
  });

  it('refuses lines not on the PO, duplicate lines and another facility', () => {
    const open = [created, approved, issued];
    given(decider, open).when({ kind: 'record-receipt', receipt_id: 'r', lines: [{ variant_id: 'var_x', qty: 1 }] }).thenRejects('invalid-state', 'line-not-on-po');
    given(decider, open).when({ kind: 'record-receipt', receipt_id: 'r', lines: [{ variant_id: 'var_a', qty: 1, po_line_id: 'pol_2' }] }).thenRejects('invalid-state', 'line-not-on-po');
    given(decider, open).when({ kind: 'record-receipt', receipt_id: 'r', lines: [{ variant_id: 'var_a', qty: 1 }, { variant_id: 'var_a', qty: 1 }] }).thenRejects('validation-error', 'duplicate-line');
    given(decider, open).when(receive('r', 1, { logical_guid: 'log_other' })).thenRejects('invalid-state', 'receipt-facility-mismatch');
    given(decider, open).when(receive('r', 1, { logical_guid: 'log_1' })).then([receipt('r', 1)]);
  });

  it('answers a replayed receipt id with no events', () => {
    given(decider, [created, approved, issued, receipt('rcp_1', 4)]).when(receive('rcp_1', 4)).then([]);
  });

  it('cancels only while nothing was received; closes once issued', () => {
    given(decider, [created]).when({ kind: 'cancel' }).then([{ type: 'pcm.po-cancelled', data: { po_id: 'po_1', from: 'draft' } }]);
    given(decider, [created, approved, issued, receipt('rcp_1', 1)]).when({ kind: 'cancel' }).thenRejects('invalid-state', 'po-not-cancellable');
    given(decider, [created, approved, issued, receipt('rcp_1', 1)]).when({ kind: 'close' }).then([{ type: 'pcm.po-closed', data: { po_id: 'po_1', from: 'partially_received' } }]);
    given(decider, [created]).when({ kind: 'close' }).thenRejects('invalid-state', 'po-not-closable');
    const closed: PoEvent = { type: 'pcm.po-closed', data: { po_id: 'po_1', from: 'issued' } };
    given(decider, [created, approved, issued, closed]).when(receive('rcp_9', 1)).thenRejects('invalid-state', 'po-closed');
  });

  describe('billing ledger', () => {
    const open = [created, approved, issued, receipt('rcp_1', 10)];
    const billed = (invoice_id: string, qty: number, po_line_id = 'pol_1'): PoEvent => ({ type: 'pcm.po-invoice-billed', data: { po_id: 'po_1', invoice_id, lines: [{ po_line_id, qty }] } });
    const released = (invoice_id: string): PoEvent => ({ type: 'pcm.po-invoice-released', data: { po_id: 'po_1', invoice_id } });
    const bill = (invoice_id: string, qty: number, po_line_id = 'pol_1') => ({ kind: 'bill-invoice' as const, invoice_id, lines: [{ po_line_id, qty }] });

    it('records an invoice\'s claim; the same claim again decides nothing, a different one replaces it', () => {
      given(decider, open).when(bill('inv_1', 10)).then([billed('inv_1', 10)]);
      given(decider, [...open, billed('inv_1', 10)]).when(bill('inv_1', 10)).then([]);
      given(decider, [...open, billed('inv_1', 10)]).when(bill('inv_1', 4)).then([billed('inv_1', 4)]);
      given(decider, open).when({ kind: 'bill-invoice', invoice_id: 'inv_1', lines: [] }).then([]);
      given(decider, open).when(bill('inv_1', 1, 'pol_9')).thenRejects('invalid-state', 'line-not-on-po');
      given(decider, []).when(bill('inv_1', 1)).thenRejects('not-found', 'po-not-found');
    });

    it('releases a rejected invoice\'s claim once, and never lets that invoice claim again', () => {
      given(decider, [...open, billed('inv_1', 10)]).when({ kind: 'release-invoice', invoice_id: 'inv_1' }).then([released('inv_1')]);
      given(decider, [...open, billed('inv_1', 10), released('inv_1')]).when({ kind: 'release-invoice', invoice_id: 'inv_1' }).then([]);
      given(decider, [...open, billed('inv_1', 10), released('inv_1')]).when(bill('inv_1', 10)).then([]);
      // A release that overtook the claim (the reactor running late) still wins.
      given(decider, open).when({ kind: 'release-invoice', invoice_id: 'inv_1' }).then([released('inv_1')]);
      given(decider, [...open, released('inv_1')]).when(bill('inv_1', 10)).then([]);
    });

    it('matches each invoice against the claims made before its own, in the order of the PO stream', () => {
      const state = [...open, billed('inv_1', 6), billed('inv_2', 3), billed('inv_3', 5), billed('inv_1', 7)].reduce(decider.evolve, decider.initialState());
      expect(state.billed.map((b) => b.invoice_id)).toEqual(['inv_2', 'inv_3', 'inv_1']);
      expect(billedBefore(state, 'inv_2')).toEqual(new Map());
      expect(billedBefore(state, 'inv_3')).toEqual(new Map([['pol_1', 3]]));
      expect(billedBefore(state, 'inv_1')).toEqual(new Map([['pol_1', 8]]));
      expect(billedBefore(state, 'inv_new')).toEqual(new Map([['pol_1', 15]]));
      expect(poForMatch(state, 'inv_3').lines[0]).toMatchObject({ po_line_id: 'pol_1', received_qty: 10, invoiced_qty: 3 });
      const afterRelease = decider.evolve(state, released('inv_2'));
      expect(billedBefore(afterRelease, 'inv_1')).toEqual(new Map([['pol_1', 5]]));
    });
  });
});

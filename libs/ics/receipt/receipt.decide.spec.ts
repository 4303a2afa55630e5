import { given } from '@g3n/es';
import { receiptDecider } from './receipt.decide';
import type { ReceiptEvent } from './receipt.events';

const data = { receipt_id: 'rcv_1', org_guid: 'org1', logical_guid: 'log_1', lines: [{ line_id: '1', variant_id: 'var_1', qty: 5 }] };
const recorded: ReceiptEvent = { type: 'ics.receipt-recorded', data };

describe('receipt decider', () => {
  it('records a receipt once', () => {
    given(receiptDecider, []).when({ kind: 'record', ...data }).then([recorded]);
    given(receiptDecider, [recorded]).when({ kind: 'record', ...data }).thenRejects('invalid-state', 'receipt-exists');
  });

  it('needs at least one line', () => {
    given(receiptDecider, []).when({ kind: 'record', ...data, lines: [] }).thenRejects('validation-error', 'no-lines');
  });
});

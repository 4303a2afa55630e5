import { Decider, invalidState, validationError } from '@g3n/es';
import type { ReceiptEvent, ReceiptLine } from './receipt.events';

export interface ReceiptState {
  exists: boolean;
  receipt_id: string;
  logical_guid: string;
  lines: ReceiptLine[];
}

export type ReceiptCommand = { kind: 'record'; receipt_id: string; org_guid: string; logical_guid: string; lines: ReceiptLine[] };

const initialState = (): ReceiptState => ({ exists: false, receipt_id: '', logical_guid: '', lines: [] });

/** A receipt is written once; the stock it brings in is received line by line on the stock streams. */
export const receiptDecider: Decider<ReceiptCommand, ReceiptState, ReceiptEvent> = {
  name: 'ics.receipt',
  stateVersion: 1,
  initialState,
  evolve: (_state, event) => ({ exists: true, receipt_id: event.data.receipt_id, logical_guid: event.data.logical_guid, lines: event.data.lines }),
  decide(command, state) {
    if (state.exists) throw invalidState('receipt-exists', 'This receipt is already recorded.');
    if (command.lines.length === 0) throw validationError('no-lines', 'A receipt needs at least one line.', { fields: [{ field: 'lines', reason: 'empty' }] });
    const { kind: _kind, ...data } = command;
    return [{ type: 'ics.receipt-recorded', data }];
  },
};

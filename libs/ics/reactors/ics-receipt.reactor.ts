import type { ReactorDefinition } from '@g3n/es';
import type { ReceiptLine } from '../receipt/receipt.events';
import { stockDecider, StockCommand } from '../stock/stock.decide';
import { stockStream } from '../stock/streams';

/** The stock write for one line of an ICS receipt: idempotent per receipt line (see sourceKey). */
export function receiveReceiptLine(org_guid: string, receipt_id: string, logical_guid: string, line: ReceiptLine) {
  const command: StockCommand = {
    kind: 'receive', logical_guid, variant_id: line.variant_id, qty: line.qty, source: { kind: 'ics-receipt', receipt_id, line_id: line.line_id },
  };
  return { stream: stockStream(org_guid, logical_guid, line.variant_id), decider: stockDecider, command };
}

/**
 * /ics/receive/record receives its lines itself (so the next read sees them); this reaction finishes the job if
 * that process stopped between the receipt and its stock writes. Normally every line is already applied: no events.
 */
export const completeIcsReceiptsReactor: ReactorDefinition = {
  name: 'ics.complete-receipts',
  handlers: {
    'ics.receipt-recorded': async (event, ctx) => {
      const d = event.data as { receipt_id: string; logical_guid: string; lines: ReceiptLine[] };
      for (const line of d.lines) await ctx.execute(receiveReceiptLine(event.tenant, d.receipt_id, d.logical_guid, line));
    },
  },
};

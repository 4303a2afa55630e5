import type { ReactorDefinition } from '@g3n/es';
import { stockDecider } from '../stock/stock.decide';
import { stockStream } from '../stock/streams';

interface PcmReceiptRecorded {
  receipt_id: string;
  po_id: string;
  logical_guid: string;
  lines: Array<{ po_line_id: string; variant_id: string; qty: number }>;
}

/** PCM receiving: every receipt line becomes on-hand stock, once per receipt line. */
export const receivePcmReceiptsReactor: ReactorDefinition = {
  name: 'ics.receive-pcm-receipts',
  handlers: {
    'pcm.receipt-recorded': async (event, ctx) => {
      const d = event.data as unknown as PcmReceiptRecorded;
      for (const line of d.lines) {
        await ctx.execute({
          stream: stockStream(event.tenant, d.logical_guid, line.variant_id),
          decider: stockDecider,
          command: {
            kind: 'receive', logical_guid: d.logical_guid, variant_id: line.variant_id, qty: line.qty,
            source: { kind: 'pcm-receipt', receipt_id: d.receipt_id, po_id: d.po_id, po_line_id: line.po_line_id },
          },
        });
      }
    },
  },
};

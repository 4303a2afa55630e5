import type { ReactorDefinition } from '@g3n/es';
import type { OrderStockAction } from '../stock/stock.events';
import { stockDecider } from '../stock/stock.decide';
import { orderHoldId, stockStream } from '../stock/streams';

interface OrderStockRequested {
  order_id: string;
  request_id: string;
  action: OrderStockAction;
  lines: Array<{ line_id: string; variant_id: string; logical_guid: string; qty: number }>;
}

/**
 * SCM's promise steps: per order line, reserve/allocate/commit/release the hold `ord:<order_id>:<line_id>`. Each line
 * answers with its outcome event (or `ics.stock-request-refused`); a replay of the request decides nothing new.
 */
export const fulfilOrderStockRequestsReactor: ReactorDefinition = {
  name: 'ics.fulfil-order-stock-requests',
  handlers: {
    'scm.order-stock-requested': async (event, ctx) => {
      const d = event.data as unknown as OrderStockRequested;
      for (const line of d.lines) {
        await ctx.execute({
          stream: stockStream(event.tenant, line.logical_guid, line.variant_id),
          decider: stockDecider,
          command: {
            kind: 'order-request', logical_guid: line.logical_guid, variant_id: line.variant_id, action: d.action,
            hold_id: orderHoldId(d.order_id, line.line_id), qty: line.qty,
            source: { kind: 'order', order_id: d.order_id, line_id: line.line_id, request_id: d.request_id },
          },
        });
      }
    },
  },
};

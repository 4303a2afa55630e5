import type { ReactorDefinition } from '@g3n/es';
import { ICS_STOCK_POLICIES, StockPolicyDoc } from '../../../projections/ics/stock-policies.projection';
import { DEFAULT_STOCK_POLICY } from '../policy/policy.decide';
import { stockDecider } from '../stock/stock.decide';
import { orderHoldId, stockStream } from '../stock/streams';

interface ShipmentShipped {
  shipment_id: string;
  order_id: string;
  logical_guid: string;
  lines: Array<{ line_id: string; variant_id: string; qty: number }>;
}

/**
 * A shipment left: consume the order line's (committed) hold, on_hand −qty. Idempotent per shipment line. If there
 * are not enough units and the org does not allow negative stock, the reaction parks (insufficient-stock) for an
 * operator to fix the stock and retry, rather than recording stock that cannot exist.
 */
export const consumeShippedStockReactor: ReactorDefinition = {
  name: 'ics.consume-shipped-stock',
  handlers: {
    'scm.shipment-shipped': async (event, ctx) => {
      const d = event.data as unknown as ShipmentShipped;
      const stored = await ctx.readModels.collection<StockPolicyDoc>(ICS_STOCK_POLICIES).get(event.tenant);
      const policy = stored ? { allow_negative: stored.allow_negative } : DEFAULT_STOCK_POLICY;
      for (const line of d.lines) {
        await ctx.execute({
          stream: stockStream(event.tenant, d.logical_guid, line.variant_id),
          decider: stockDecider,
          command: {
            kind: 'ship', logical_guid: d.logical_guid, variant_id: line.variant_id, hold_id: orderHoldId(d.order_id, line.line_id), qty: line.qty, policy,
            source: { kind: 'shipment', shipment_id: d.shipment_id, order_id: d.order_id, line_id: line.line_id },
          },
        });
      }
    },
  },
};

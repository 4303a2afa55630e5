import type { RecordedEvent } from '@g3n/eventlog';
import type { ReactionHandler, ReactorContext, ReactorDefinition } from '@g3n/es';
import type { PromiseAction, PromiseOutcome } from '../order/order.events';
import { orderDecider } from '../order/order.decide';
import { orderStream } from '../order/order.streams';

interface OrderSource { kind: string; order_id?: string; line_id?: string; request_id?: string }

/** ICS answers to scm.order-stock-requested, by the promise outcome they mean for the order line. */
const OUTCOMES: Record<string, PromiseOutcome> = {
  'ics.stock-reserved': 'reserved',
  'ics.stock-allocated': 'allocated',
  'ics.stock-committed': 'committed',
  'ics.stock-released': 'released',
  'ics.stock-request-refused': 'refused',
};
const ACTIONS: Record<PromiseOutcome, PromiseAction> = { reserved: 'reserve', allocated: 'allocate', committed: 'commit', released: 'release', refused: 'reserve' };

/**
 * Records each ICS outcome on its order line. Only events whose source is an order count (ICS also reserves and
 * releases for other reasons). The order decider ignores an ICS event it has already recorded, so replays are no-ops.
 */
async function record(event: RecordedEvent, ctx: ReactorContext): Promise<void> {
  const data = event.data as { qty?: number; hold_id?: string; action?: PromiseAction; reason?: string; source?: OrderSource };
  const source = data.source;
  const org = event.metadata.org_guid;
  if (!source || source.kind !== 'order' || !source.order_id || !source.line_id || !org) return;
  const outcome = OUTCOMES[event.type];
  await ctx.execute({
    stream: orderStream(org, source.order_id),
    decider: orderDecider,
    command: {
      kind: 'record-promise-outcome',
      ics_event_id: event.metadata.event_id,
      line_id: source.line_id,
      request_id: source.request_id ?? '',
      outcome,
      action: outcome === 'refused' ? data.action ?? 'reserve' : ACTIONS[outcome],
      qty: Number(data.qty ?? 0),
      reason: outcome === 'refused' ? data.reason ?? 'refused' : null,
      hold_id: data.hold_id ?? null,
    },
  });
}

export const recordStockOutcomesReactor: ReactorDefinition = {
  name: 'scm.record-stock-outcomes',
  handlers: Object.fromEntries(Object.keys(OUTCOMES).map((type) => [type, record as ReactionHandler])),
};

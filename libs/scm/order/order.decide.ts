import { Decider, invalidState, notFound, validationError } from '@g3n/es';
import type { Cmd, OrderCommand } from './order.commands';
import { createShipment, advanceShipment } from './shipment.decide';
import { captureTender, issueRefund, settleTender, voidTender } from './payment.decide';
import { receiveReturn, requestReturn } from './return.decide';
import { recordPromiseOutcome, requestStock, stockRequests } from './promise.decide';
import type { CreatedLine } from './order.events';
import { evolveOrder, initialOrderState, OrderEvent, OrderLine, OrderState } from './order.state';

const fields = (field: string, reason: string) => ({ fields: [{ field, reason }] });

/** The order's currency: the items' (all the same), else the channel's default. */
function currencyOf(command: Cmd<'create'>): string {
  const given = [...new Set(command.items.map((i) => i.currency).filter((c): c is string => !!c))];
  if (given.length > 1) throw validationError('currency-mismatch', 'All items must use one currency.', fields('items', 'mixed currencies'));
  const currency = given[0] ?? command.channel?.default_currency ?? null;
  if (!currency) throw validationError('currency-required', 'Send items[].currency: the channel has no default currency.', fields('items', 'currency required'));
  return currency;
}

function create(command: Cmd<'create'>, state: OrderState): OrderEvent[] {
  if (state.exists) throw invalidState('order-exists', 'This order already exists.');
  if (!command.channel) throw notFound('channel-not-found', 'No such sales channel in this org.', { channel_code: command.channel_code });
  if (command.channel.status !== 'active') throw invalidState('channel-inactive', 'The sales channel is inactive.');
  if (!command.logical) throw notFound('logical-facility-not-found', 'No such logical facility in this org.');
  if (command.logical.status !== 'active') throw invalidState('logical-facility-inactive', 'The logical facility is inactive.');
  if (command.customer_id !== null && !command.customer) throw notFound('customer-not-found', 'No such customer in this org.');
  const currency = currencyOf(command);
  const lines: CreatedLine[] = command.items.map((item, i) => {
    const variant = command.variants[item.variant_id];
    if (!variant) throw notFound('variant-not-found', `No variant ${item.variant_id} in this org.`, { variant_id: item.variant_id });
    if (variant.status !== 'active') throw invalidState('variant-not-sellable', `Variant ${item.variant_id} is ${variant.status}, not active.`, { variant_id: item.variant_id });
    return { line_id: `L${i + 1}`, variant_id: item.variant_id, sku: variant.sku, qty: item.qty, unit_price_minor: item.unit_price_minor };
  });
  const { order_id, org_guid, logical_guid, customer_id, source_refs } = command;
  return [{ type: 'scm.order-created', data: { order_id, org_guid, logical_guid, channel_code: command.channel_code, customer_id, currency, lines, source_refs } }];
}

function place(command: Cmd<'place'>, state: OrderState): OrderEvent[] {
  if (state.status !== 'draft') throw invalidState('order-not-draft', `Only a draft order can be placed; this one is ${state.status}.`, { status: state.status });
  if (!state.lines.some((l) => l.status === 'open')) throw invalidState('order-has-no-open-lines', 'Every line of this order is cancelled.');
  return [{ type: 'scm.order-placed', data: { order_id: state.order_id, total: state.total, placed_at: command.now } }];
}

/** Stock requests giving back what the lines hold (lines waiting on ICS are released when the answer comes). */
const releaseHeld = (state: OrderState, request_id: string, lines: OrderLine[]) =>
  stockRequests(state, request_id, lines.filter((l) => l.promise.held_qty > 0 && !l.promise.pending).map((line) => ({ line, action: 'release' as const, qty: line.promise.held_qty })));

function cancel(command: Cmd<'cancel'>, state: OrderState): OrderEvent[] {
  if (state.status !== 'draft' && state.status !== 'placed') {
    throw invalidState('order-not-cancellable', `An order that is ${state.status} cannot be cancelled.`, { status: state.status });
  }
  if (state.lines.some((l) => l.shipping_qty > 0 || l.shipped_qty > 0)) throw invalidState('order-has-shipments', 'Cancel the order\'s shipments first.');
  if (Object.values(state.tenders).some((t) => t.status !== 'voided')) throw invalidState('order-has-tenders', 'Void the order\'s tenders first.');
  return [
    { type: 'scm.order-cancelled', data: { order_id: state.order_id, from: state.status, cancelled_at: command.now } },
    ...releaseHeld(state, command.request_id, state.lines),
  ];
}

function cancelLine(command: Cmd<'cancel-line'>, state: OrderState): OrderEvent[] {
  if (state.status !== 'draft' && state.status !== 'placed') {
    throw invalidState('order-not-cancellable', `Lines of an order that is ${state.status} cannot be cancelled.`, { status: state.status });
  }
  const line = state.lines.find((l) => l.line_id === command.line_id);
  if (!line) throw notFound('line-not-found', `No line ${command.line_id} on this order.`);
  if (line.status === 'cancelled') return [];
  if (line.shipping_qty > 0 || line.shipped_qty > 0) throw invalidState('line-has-shipments', 'This line is in a shipment.');
  return [
    { type: 'scm.order-line-cancelled', data: { order_id: state.order_id, line_id: line.line_id, qty: line.open_qty } },
    ...releaseHeld(state, command.request_id, [line]),
  ];
}

export const orderDecider: Decider<OrderCommand, OrderState, OrderEvent> = {
  name: 'scm.order',
  stateVersion: 1,
  initialState: initialOrderState,
  evolve: evolveOrder,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    // ICS answers may name an order this org never had: nothing to record (see recordPromiseOutcome).
    if (command.kind === 'record-promise-outcome') return recordPromiseOutcome(command, state);
    if (!state.exists) throw notFound('order-not-found', 'No such order.');
    switch (command.kind) {
      case 'place': return place(command, state);
      case 'cancel': return cancel(command, state);
      case 'cancel-line': return cancelLine(command, state);
      case 'request-stock': return requestStock(command, state);
      case 'create-shipment': return createShipment(command, state);
      case 'advance-shipment': return advanceShipment(command, state);
      case 'capture-tender': return captureTender(command, state);
      case 'void-tender': return voidTender(command, state);
      case 'settle-tender': return settleTender(command, state);
      case 'request-return': return requestReturn(command, state);
      case 'receive-return': return receiveReturn(command, state);
      case 'issue-refund': return issueRefund(command, state);
    }
  },
};

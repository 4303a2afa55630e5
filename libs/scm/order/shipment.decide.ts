import { invalidState, notFound, validationError } from '@g3n/es';
import type { Cmd } from './order.commands';
import type { ShipmentStatus } from './fulfillment.events';
import type { OrderStatus } from './order.events';
import type { OrderEvent, OrderLine, OrderState } from './order.state';

/** Committed quantity not yet in a shipment: what a new shipment may take. */
export const shippable = (l: OrderLine) => (l.status === 'open' && l.promise.state === 'committed' ? Math.max(0, l.promise.held_qty - l.shipping_qty) : 0);

export function createShipment(command: Cmd<'create-shipment'>, state: OrderState): OrderEvent[] {
  if (state.status !== 'placed' && state.status !== 'partially_fulfilled') {
    throw invalidState('order-not-shippable', `Shipments need a placed order; this one is ${state.status}.`, { status: state.status });
  }
  if (state.shipments[command.shipment_id]) throw invalidState('shipment-exists', 'This shipment already exists.');
  const wanted = command.lines ?? state.lines.filter((l) => shippable(l) > 0).map((l) => ({ line_id: l.line_id, qty: shippable(l) }));
  if (wanted.length === 0) throw invalidState('nothing-committed', 'No line has committed stock that is not already in a shipment.');
  if (new Set(wanted.map((w) => w.line_id)).size !== wanted.length) {
    throw validationError('duplicate-line', 'Name each line once.', { fields: [{ field: 'lines', reason: 'duplicate line_id' }] });
  }
  const lines = wanted.map((w) => {
    const line = state.lines.find((l) => l.line_id === w.line_id);
    if (!line) throw notFound('line-not-found', `No line ${w.line_id} on this order.`, { line_id: w.line_id });
    if (w.qty > shippable(line)) {
      throw invalidState('qty-not-committed', `Line ${w.line_id} has ${shippable(line)} committed and unshipped.`, { line_id: w.line_id, shippable: shippable(line) });
    }
    return { line_id: line.line_id, variant_id: line.variant_id, qty: w.qty };
  });
  return [{ type: 'scm.shipment-created', data: { shipment_id: command.shipment_id, order_id: state.order_id, logical_guid: state.logical_guid, lines } }];
}

const STEPS: Record<Cmd<'advance-shipment'>['step'], { from: ShipmentStatus[]; to: ShipmentStatus }> = {
  pick: { from: ['created'], to: 'picked' },
  pack: { from: ['picked'], to: 'packed' },
  ship: { from: ['packed'], to: 'shipped' },
  deliver: { from: ['shipped'], to: 'delivered' },
  cancel: { from: ['created', 'picked', 'packed'], to: 'cancelled' },
};

/** The order status once every open line is shipped (fulfilled) or delivered (completed). */
function fulfillmentStatus(state: OrderState, shipped: Map<string, number>, delivered: Map<string, number>): OrderStatus {
  const open = state.lines.filter((l) => l.status === 'open');
  const all = (count: (l: OrderLine) => number) => open.every((l) => count(l) >= l.open_qty);
  if (all((l) => l.delivered_qty + (delivered.get(l.line_id) ?? 0))) return 'completed';
  if (all((l) => l.shipped_qty + (shipped.get(l.line_id) ?? 0))) return 'fulfilled';
  return 'partially_fulfilled';
}

export function advanceShipment(command: Cmd<'advance-shipment'>, state: OrderState): OrderEvent[] {
  const shipment = state.shipments[command.shipment_id];
  if (!shipment) throw notFound('shipment-not-found', 'No such shipment.');
  const step = STEPS[command.step];
  if (!step.from.includes(shipment.status)) {
    throw invalidState('invalid-shipment-transition', `A ${shipment.status} shipment cannot be ${step.to}.`, { status: shipment.status });
  }
  const ids = { shipment_id: shipment.shipment_id, order_id: state.order_id };
  const qty = new Map(shipment.lines.map((l) => [l.line_id, l.qty]));
  let event: OrderEvent;
  let next: OrderStatus = state.status;
  switch (command.step) {
    case 'pick': event = { type: 'scm.shipment-picked', data: ids }; break;
    case 'pack': event = { type: 'scm.shipment-packed', data: ids }; break;
    case 'cancel': event = { type: 'scm.shipment-cancelled', data: { ...ids, from: shipment.status } }; break;
    case 'ship':
      event = { type: 'scm.shipment-shipped', data: { ...ids, logical_guid: shipment.logical_guid, lines: shipment.lines } };
      next = fulfillmentStatus(state, qty, new Map());
      break;
    case 'deliver':
      event = { type: 'scm.shipment-delivered', data: ids };
      next = fulfillmentStatus(state, new Map(), qty);
      break;
  }
  const moves = next !== state.status && state.status !== 'cancelled';
  return moves ? [event, { type: 'scm.order-status-changed', data: { order_id: state.order_id, from: state.status, to: next } }] : [event];
}

import { invalidState, notFound, validationError } from '@g3n/es';
import type { Cmd } from './order.commands';
import type { OrderEvent, OrderState } from './order.state';

/** Shipped quantity not already asked back: what a new return may take. */
export function requestReturn(command: Cmd<'request-return'>, state: OrderState): OrderEvent[] {
  if (state.returns[command.return_id]) throw invalidState('return-exists', 'This return already exists.');
  if (new Set(command.lines.map((l) => l.line_id)).size !== command.lines.length) {
    throw validationError('duplicate-line', 'Name each line once.', { fields: [{ field: 'lines', reason: 'duplicate line_id' }] });
  }
  const lines = command.lines.map((w) => {
    const line = state.lines.find((l) => l.line_id === w.line_id);
    if (!line) throw notFound('line-not-found', `No line ${w.line_id} on this order.`, { line_id: w.line_id });
    const returnable = line.shipped_qty - line.return_qty;
    if (w.qty > returnable) {
      throw invalidState('qty-not-returnable', `Line ${w.line_id} has ${returnable} shipped and not already returned.`, { line_id: w.line_id, returnable });
    }
    return { line_id: line.line_id, variant_id: line.variant_id, qty: w.qty };
  });
  return [{ type: 'scm.return-requested', data: { order_id: state.order_id, return_id: command.return_id, lines } }];
}

export function receiveReturn(command: Cmd<'receive-return'>, state: OrderState): OrderEvent[] {
  const ret = state.returns[command.return_id];
  if (!ret) throw notFound('return-not-found', 'No such return on this order.');
  if (ret.status !== 'requested') throw invalidState('return-already-received', 'This return was received already.');
  return [{ type: 'scm.return-received', data: { order_id: state.order_id, return_id: ret.return_id, lines: ret.lines } }];
}

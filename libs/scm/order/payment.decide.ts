import { conflict, invalidState, notFound, validationError } from '@g3n/es';
import type { Cmd } from './order.commands';
import type { OrderEvent, OrderState, TenderRecord } from './order.state';

function tenderOf(state: OrderState, tender_id: string): TenderRecord {
  const tender = state.tenders[tender_id];
  if (!tender) throw notFound('tender-not-found', 'No such tender.');
  return tender;
}

function sameCurrency(state: OrderState, currency: string): void {
  if (currency !== state.currency) {
    throw validationError('currency-mismatch', `The order is in ${state.currency}.`, { fields: [{ field: 'currency', reason: `must be ${state.currency}` }] });
  }
}

/** Captured tenders (not voided, settled or not) may not exceed the order total. */
export function captureTender(command: Cmd<'capture-tender'>, state: OrderState): OrderEvent[] {
  if (state.status === 'cancelled') throw invalidState('order-cancelled', 'The order is cancelled.');
  if (state.tenders[command.tender_id]) throw invalidState('tender-exists', 'This tender already exists.');
  sameCurrency(state, command.amount.currency);
  const live = state.payment.captured_minor + state.payment.settled_minor;
  const balance = state.total.amount_minor - live;
  if (command.amount.amount_minor > balance) {
    throw conflict('tender-exceeds-balance', `Only ${balance} ${state.currency} of the order total is not covered by tenders.`, { balance_minor: balance, total_minor: state.total.amount_minor });
  }
  const { tender_id, method, amount, reference } = command;
  return [{ type: 'scm.tender-captured', data: { order_id: state.order_id, tender_id, method, amount, reference } }];
}

export function voidTender(command: Cmd<'void-tender'>, state: OrderState): OrderEvent[] {
  const tender = tenderOf(state, command.tender_id);
  if (tender.status !== 'captured') throw invalidState('tender-not-captured', `A ${tender.status} tender cannot be voided.`, { status: tender.status });
  return [{ type: 'scm.tender-voided', data: { order_id: state.order_id, tender_id: tender.tender_id, amount: tender.amount } }];
}

/** Settles a tender; the settlement that makes settled tenders cover the total also settles the order (once). */
export function settleTender(command: Cmd<'settle-tender'>, state: OrderState): OrderEvent[] {
  const tender = tenderOf(state, command.tender_id);
  if (tender.status !== 'captured') throw invalidState('tender-not-captured', `A ${tender.status} tender cannot be settled.`, { status: tender.status });
  const events: OrderEvent[] = [{ type: 'scm.tender-settled', data: { order_id: state.order_id, tender_id: tender.tender_id, amount: tender.amount } }];
  const settled = state.payment.settled_minor + tender.amount.amount_minor;
  if (!state.payment.settled && state.total.amount_minor > 0 && settled >= state.total.amount_minor) {
    events.push({ type: 'scm.order-settled', data: { order_id: state.order_id, customer_id: state.customer_id, total: state.total, settled_at: command.now } });
  }
  return events;
}

/**
 * Refunds need a received return and a settled tender, and never exceed what was paid: per tender (its settled
 * amount less its refunds) and so in total. Without a tender_id the settled tender with the most left is used.
 */
export function issueRefund(command: Cmd<'issue-refund'>, state: OrderState): OrderEvent[] {
  const ret = state.returns[command.return_id];
  if (!ret) throw notFound('return-not-found', 'No such return on this order.');
  if (ret.status !== 'received') throw invalidState('return-not-received', 'Refunds need the return to be received first.', { status: ret.status });
  sameCurrency(state, command.amount.currency);
  const left = (t: TenderRecord) => t.amount.amount_minor - t.refunded_minor;
  const settled = Object.values(state.tenders).filter((t) => t.status === 'settled');
  let tender: TenderRecord | undefined;
  if (command.tender_id) {
    tender = tenderOf(state, command.tender_id);
    if (tender.status !== 'settled') throw invalidState('tender-not-settled', 'Refunds come from a settled tender.', { status: tender.status });
  } else {
    tender = [...settled].sort((a, b) => left(b) - left(a))[0];
    if (!tender) throw invalidState('no-settled-tender', 'The order has no settled tender to refund from.');
  }
  const refundable = state.payment.settled_minor - state.payment.refunded_minor;
  if (command.amount.amount_minor > Math.min(left(tender), refundable)) {
    throw conflict('refund-exceeds-paid', 'A refund may not exceed what was paid and not yet refunded.', {
      refundable_minor: Math.min(left(tender), refundable), tender_id: tender.tender_id,
    });
  }
  return [{
    type: 'scm.refund-issued',
    data: { order_id: state.order_id, refund_id: command.refund_id, return_id: ret.return_id, tender_id: tender.tender_id, amount: command.amount },
  }];
}

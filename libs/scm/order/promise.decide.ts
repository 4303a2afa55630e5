import { invalidState, notFound } from '@g3n/es';
import type { Cmd } from './order.commands';
import type { OrderStockRequested, PromiseAction } from './order.events';
import type { OrderEvent, OrderLine, OrderState, PromiseLevel } from './order.state';

/** Statuses in which stock may still be promised to an order (release is allowed in any). */
const PROMISABLE = ['draft', 'placed', 'partially_fulfilled'];
const RANK: Record<string, number> = { none: 0, released: 0, refused: 0, reserved: 1, allocated: 2, committed: 3 };
const NEXT: Record<number, PromiseAction> = { 0: 'reserve', 1: 'allocate', 2: 'commit' };
const LEVEL: Record<Exclude<PromiseAction, 'release'>, PromiseLevel> = { reserve: 'reserved', allocate: 'allocated', commit: 'committed' };

/** Quantity a line still needs promised: open and not shipped yet. */
const remaining = (l: OrderLine) => l.open_qty - l.shipped_qty;

/** The first ICS action that moves `line` toward `action`'s level, or why it cannot. */
function stepFor(line: OrderLine, action: PromiseAction): { action: PromiseAction; target: PromiseLevel | null } | string {
  if (line.status !== 'open') return 'line-cancelled';
  if (line.promise.pending) return 'promise-in-flight';
  if (action === 'release') return line.promise.held_qty > 0 ? { action: 'release', target: null } : 'nothing-held';
  if (remaining(line) <= 0) return 'nothing-to-promise';
  const have = RANK[line.promise.state];
  const want = RANK[LEVEL[action]];
  if (have >= want) return `already-${LEVEL[action]}`;
  return { action: NEXT[have], target: LEVEL[action] };
}

/** Stock request events, one per distinct ICS action (lines may start from different promise states). */
export function stockRequests(state: OrderState, request_id: string, steps: Array<{ line: OrderLine; action: PromiseAction; qty: number }>): OrderStockRequested[] {
  const byAction = new Map<PromiseAction, OrderStockRequested['data']['lines']>();
  for (const s of steps) {
    const lines = byAction.get(s.action) ?? [];
    lines.push({ line_id: s.line.line_id, variant_id: s.line.variant_id, logical_guid: state.logical_guid, qty: s.qty });
    byAction.set(s.action, lines);
  }
  return [...byAction.entries()].map(([action, lines]) => ({ type: 'scm.order-stock-requested', data: { order_id: state.order_id, request_id, action, lines } }));
}

export function requestStock(command: Cmd<'request-stock'>, state: OrderState): OrderEvent[] {
  if (command.action !== 'release' && !PROMISABLE.includes(state.status)) {
    throw invalidState('order-not-promisable', `Stock cannot be promised to an order that is ${state.status}.`, { status: state.status });
  }
  const explicit = command.line_ids !== null;
  const candidates = explicit ? command.line_ids!.map((id) => {
    const line = state.lines.find((l) => l.line_id === id);
    if (!line) throw notFound('line-not-found', `No line ${id} on this order.`, { line_id: id });
    return line;
  }) : state.lines;
  const steps: Array<{ line: OrderLine; action: PromiseAction; qty: number }> = [];
  const skipped: Array<{ line_id: string; reason: string }> = [];
  for (const line of candidates) {
    const step = stepFor(line, command.action);
    if (typeof step === 'string') skipped.push({ line_id: line.line_id, reason: step });
    else steps.push({ line, action: step.action, qty: step.action === 'release' ? line.promise.held_qty : remaining(line) });
  }
  // Named lines must all be eligible; "all lines" promises those that are and needs at least one.
  if ((explicit && skipped.length > 0) || steps.length === 0) {
    const minor = skipped.length === 1 ? skipped[0].reason : 'nothing-to-promise';
    throw invalidState(minor, `No line can be asked to ${command.action}.`, { lines: skipped });
  }
  const intent: OrderEvent = {
    type: 'scm.order-promise-requested',
    data: { order_id: state.order_id, request_id: command.request_id, action: command.action, line_ids: steps.map((s) => s.line.line_id) },
  };
  return [intent, ...stockRequests(state, command.request_id, steps)];
}

const ACTION_OF: Record<string, PromiseAction> = { reserved: 'reserve', allocated: 'allocate', committed: 'commit', released: 'release' };

/**
 * Records what ICS answered for one line. Replays of the same ICS event record nothing. When the client asked for a
 * higher level than ICS just reached (allocate or commit from nothing), the next step is requested at once; a hold
 * that arrives after its line or order was cancelled is released.
 */
export function recordPromiseOutcome(command: Cmd<'record-promise-outcome'>, state: OrderState): OrderEvent[] {
  const line = state.lines.find((l) => l.line_id === command.line_id);
  if (!state.exists || !line || state.recorded_ics_events.includes(command.ics_event_id)) return [];
  const { ics_event_id, request_id, outcome, qty, reason, hold_id } = command;
  const action = outcome === 'refused' ? command.action : ACTION_OF[outcome];
  const events: OrderEvent[] = [{
    type: 'scm.order-promise-recorded',
    data: { order_id: state.order_id, line_id: line.line_id, request_id, outcome, action, qty, reason, hold_id, ics_event_id },
  }];
  if (outcome === 'released') return events;
  const held = outcome === 'refused' ? line.promise.held_qty : qty;
  if (line.status !== 'open' || !PROMISABLE.includes(state.status)) {
    // The line or order was cancelled while ICS worked: give back whatever is still held.
    return held > 0 ? [...events, ...stockRequests(state, `${request_id}.release`, [{ line, action: 'release', qty: held }])] : events;
  }
  if (outcome === 'refused') return events;
  const target = line.promise.target;
  if (target && RANK[target] > RANK[outcome] && line.promise.pending?.request_id === request_id) {
    const next = NEXT[RANK[outcome]];
    return [...events, ...stockRequests(state, `${request_id}.${next}`, [{ line, action: next, qty }])];
  }
  return events;
}

import { Decider, invalidState, notFound } from '@g3n/es';
import { consumeLots, inverse, lapsedLots } from './loyalty-lots';
import type { Allocation, LoyaltyEvent } from './loyalty.events';
import { evolveLoyalty, initialLoyaltyState, LoyaltyState, TxnSummary } from './loyalty.state';

/** `customer_on_hold` comes from the customer stream (read by the handler just before): holds block redemption. */
export type LoyaltyCommand =
  | { kind: 'earn'; customer_id: string; txn_id: string; points: number; expires_at: string | null; order_id: string | null; policy_revision: number | null }
  | { kind: 'redeem'; customer_id: string; txn_id: string; points: number; customer_on_hold: boolean }
  | { kind: 'adjust'; customer_id: string; txn_id: string; points_delta: number; expires_at: string | null }
  | { kind: 'reverse'; customer_id: string; txn_id: string; reverses_txn_id: string }
  | { kind: 'restore'; customer_id: string; txn_id: string; reversal_txn_id: string }
  | { kind: 'expire'; customer_id: string; txn_id: string; as_of: string };

type State = LoyaltyState;

const REVERSIBLE = new Set(['earn', 'redeem', 'adjust']);

function insufficient(state: State, points: number): never {
  throw invalidState('insufficient-points', 'The loyalty balance is lower than the points asked for.', { balance: state.balance, points });
}

/** Removes points (preferring some lots) or gives back exactly what a transaction took. */
function undo(state: State, original: Allocation[], delta: number): Allocation[] {
  if (delta >= 0) return inverse(original);
  return consumeLots(state.lots, -delta, original.map((a) => a.lot_id)) ?? insufficient(state, -delta);
}

const change = (state: State, c: { customer_id: string; txn_id: string }, delta: number, allocations: Allocation[]) => ({
  customer_id: c.customer_id, txn_id: c.txn_id, points_delta: delta, balance_after: state.balance + delta, allocations,
});

function findTxn(state: State, txnId: string): TxnSummary {
  const txn = state.txns[txnId];
  if (!txn) throw notFound('loyalty-txn-not-found', 'No such loyalty transaction for this customer.');
  return txn;
}

function decideLoyalty(c: LoyaltyCommand, state: State): LoyaltyEvent[] {
  // A transaction id already recorded means the command already happened (reactor replays, client retries).
  if (state.txns[c.txn_id]) return [];
  switch (c.kind) {
    case 'earn':
      return [{ type: 'crm.loyalty-earned', data: {
        ...change(state, c, c.points, [{ lot_id: c.txn_id, points: c.points }]), points: c.points, expires_at: c.expires_at, order_id: c.order_id, policy_revision: c.policy_revision,
      } }];
    case 'redeem': {
      if (c.customer_on_hold) throw invalidState('customer-on-hold', 'The customer has an open hold: redemption is blocked until it is resolved.');
      const allocations = consumeLots(state.lots, c.points) ?? insufficient(state, c.points);
      return [{ type: 'crm.loyalty-redeemed', data: { ...change(state, c, -c.points, allocations), points: c.points } }];
    }
    case 'adjust': {
      const allocations = c.points_delta > 0 ? [{ lot_id: c.txn_id, points: c.points_delta }] : consumeLots(state.lots, -c.points_delta) ?? insufficient(state, -c.points_delta);
      return [{ type: 'crm.loyalty-adjusted', data: { ...change(state, c, c.points_delta, allocations), expires_at: c.points_delta > 0 ? c.expires_at : null } }];
    }
    case 'reverse': {
      const target = findTxn(state, c.reverses_txn_id);
      if (!REVERSIBLE.has(target.kind)) throw invalidState('not-reversible', `A ${target.kind} transaction cannot be reversed.`);
      if (target.was_reversed) throw invalidState('already-reversed', 'This transaction was already reversed (reversal is once only).', { reversed_by: target.reversed_by });
      const delta = -target.points_delta;
      return [{ type: 'crm.loyalty-reversed', data: { ...change(state, c, delta, undo(state, target.allocations, delta)), reverses_txn_id: c.reverses_txn_id } }];
    }
    case 'restore': {
      const reversal = findTxn(state, c.reversal_txn_id);
      if (reversal.kind !== 'reverse') throw invalidState('not-a-reversal', 'Only a reversal can be restored.');
      if (reversal.status === 'restored') throw invalidState('already-restored', 'This reversal was already undone.');
      const delta = -reversal.points_delta;
      return [{ type: 'crm.loyalty-restored', data: {
        ...change(state, c, delta, undo(state, reversal.allocations, delta)), restores_txn_id: c.reversal_txn_id, original_txn_id: reversal.reverses_txn_id!,
      } }];
    }
    case 'expire': {
      const allocations = lapsedLots(state.lots, c.as_of);
      if (allocations.length === 0) return [];
      const delta = allocations.reduce((sum, a) => sum + a.points, 0);
      return [{ type: 'crm.loyalty-expired', data: { ...change(state, c, delta, allocations), as_of: c.as_of } }];
    }
  }
}

export const loyaltyDecider: Decider<LoyaltyCommand, State, LoyaltyEvent> = {
  name: 'crm.loyalty',
  stateVersion: 1,
  initialState: initialLoyaltyState,
  evolve: evolveLoyalty,
  decide: decideLoyalty,
};

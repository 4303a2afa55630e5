import { Allocation, LOYALTY_KIND, LoyaltyEvent, LoyaltyTxnKind } from './loyalty.events';

export interface Lot { remaining: number; expires_at: string | null; seq: number }

export interface TxnSummary {
  kind: LoyaltyTxnKind;
  points_delta: number;
  allocations: Allocation[];
  /** posted; reversed (by `reversed_by`); a reversal that was undone is `restored`. */
  status: 'posted' | 'reversed' | 'restored';
  reverses_txn_id?: string;
  reversed_by?: string;
  /** Reversal is once only: a transaction restored after a reversal cannot be reversed again. */
  was_reversed?: boolean;
}

export interface LoyaltyState {
  exists: boolean;
  customer_id: string;
  balance: number;
  lots: Record<string, Lot>;
  nextSeq: number;
  txns: Record<string, TxnSummary>;
}

export const initialLoyaltyState = (): LoyaltyState => ({ exists: false, customer_id: '', balance: 0, lots: {}, nextSeq: 0, txns: {} });

function applyAllocations(state: LoyaltyState, allocations: Allocation[], expiresAt: string | null): Pick<LoyaltyState, 'lots' | 'nextSeq'> {
  const lots = { ...state.lots };
  let nextSeq = state.nextSeq;
  for (const a of allocations) {
    const lot = lots[a.lot_id];
    lots[a.lot_id] = lot ? { ...lot, remaining: lot.remaining + a.points } : { remaining: a.points, expires_at: expiresAt, seq: nextSeq++ };
  }
  return { lots, nextSeq };
}

export function evolveLoyalty(state: LoyaltyState, event: LoyaltyEvent): LoyaltyState {
  const d = event.data;
  const expiresAt = 'expires_at' in d ? d.expires_at : null;
  const txns: Record<string, TxnSummary> = { ...state.txns, [d.txn_id]: { kind: LOYALTY_KIND[event.type], points_delta: d.points_delta, allocations: d.allocations, status: 'posted' } };
  if (event.type === 'crm.loyalty-reversed') {
    txns[d.txn_id].reverses_txn_id = event.data.reverses_txn_id;
    txns[event.data.reverses_txn_id] = { ...txns[event.data.reverses_txn_id], status: 'reversed', reversed_by: d.txn_id, was_reversed: true };
  }
  if (event.type === 'crm.loyalty-restored') {
    txns[d.txn_id].reverses_txn_id = event.data.restores_txn_id;
    txns[event.data.restores_txn_id] = { ...txns[event.data.restores_txn_id], status: 'restored' };
    txns[event.data.original_txn_id] = { ...txns[event.data.original_txn_id], status: 'posted' };
  }
  return { ...state, exists: true, customer_id: d.customer_id, balance: d.balance_after, ...applyAllocations(state, d.allocations, expiresAt), txns };
}

import { defineEvent, DomainEvent } from '@g3n/es';

/**
 * Points live in lots (one per earn or positive adjustment, with its own expiry). Every balance change names the
 * lots it touched (`allocations`, signed points), so state, projections and audits never recompute FIFO choices.
 */
export type Allocation = { lot_id: string; points: number }

type Change = { customer_id: string; txn_id: string; points_delta: number; balance_after: number; allocations: Allocation[] }

export type LoyaltyEarned = DomainEvent<'crm.loyalty-earned', Change & { points: number; expires_at: string | null; order_id: string | null; policy_revision: number | null }>;
export type LoyaltyRedeemed = DomainEvent<'crm.loyalty-redeemed', Change & { points: number }>;
export type LoyaltyAdjusted = DomainEvent<'crm.loyalty-adjusted', Change & { expires_at: string | null }>;
export type LoyaltyReversed = DomainEvent<'crm.loyalty-reversed', Change & { reverses_txn_id: string }>;
export type LoyaltyRestored = DomainEvent<'crm.loyalty-restored', Change & { restores_txn_id: string; original_txn_id: string }>;
export type LoyaltyExpired = DomainEvent<'crm.loyalty-expired', Change & { as_of: string }>;
export type LoyaltyEvent = LoyaltyEarned | LoyaltyRedeemed | LoyaltyAdjusted | LoyaltyReversed | LoyaltyRestored | LoyaltyExpired;
export type LoyaltyTxnKind = 'earn' | 'redeem' | 'adjust' | 'reverse' | 'restore' | 'expire';

export const LOYALTY_KIND: Record<LoyaltyEvent['type'], LoyaltyTxnKind> = {
  'crm.loyalty-earned': 'earn',
  'crm.loyalty-redeemed': 'redeem',
  'crm.loyalty-adjusted': 'adjust',
  'crm.loyalty-reversed': 'reverse',
  'crm.loyalty-restored': 'restore',
  'crm.loyalty-expired': 'expire',
};

const stream = '<org_guid>/crm.loyalty/<customer_id>';
const s = { type: 'string' };
const sn = { type: ['string', 'null'] };
const int = { type: 'integer' };
const change = {
  customer_id: s, txn_id: s, points_delta: int, balance_after: { type: 'integer', minimum: 0 },
  allocations: { type: 'array', items: { type: 'object', required: ['lot_id', 'points'], properties: { lot_id: s, points: int } } },
};
const required = Object.keys(change);
const schema = (extra: Record<string, unknown>) => ({ type: 'object', required: [...required, ...Object.keys(extra)], properties: { ...change, ...extra } });

export const loyaltyEvents = [
  defineEvent({
    type: 'crm.loyalty-earned', version: 1, stream, schema: schema({ points: int, expires_at: sn, order_id: sn, policy_revision: { type: ['integer', 'null'] } }),
    description: 'Points were earned (by hand, or for a settled order: txn_id `earn:<order_id>`) into a new lot expiring at `expires_at` (null: never).',
  }),
  defineEvent({ type: 'crm.loyalty-redeemed', version: 1, stream, schema: schema({ points: int }), description: 'Points were redeemed, soonest-expiring lots first.' }),
  defineEvent({ type: 'crm.loyalty-adjusted', version: 1, stream, schema: schema({ expires_at: sn }), description: 'Points were added (a new lot) or removed (soonest-expiring first) by hand.' }),
  defineEvent({ type: 'crm.loyalty-reversed', version: 1, stream, schema: schema({ reverses_txn_id: s }), description: 'An earn, redeem or adjustment was reversed (once only); points_delta undoes it.' }),
  defineEvent({
    type: 'crm.loyalty-restored', version: 1, stream, schema: schema({ restores_txn_id: s, original_txn_id: s }),
    description: 'A reversal was undone: the original transaction is in effect again.',
  }),
  defineEvent({ type: 'crm.loyalty-expired', version: 1, stream, schema: schema({ as_of: s }), description: 'What was left of lots whose expiry is at or before `as_of` expired.' }),
];

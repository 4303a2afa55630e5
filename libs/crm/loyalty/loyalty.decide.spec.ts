import { given } from '@g3n/es';
import { loyaltyDecider as decider } from './loyalty.decide';
import type { LoyaltyEvent } from './loyalty.events';

const c = 'c1';
const earned = (txn: string, points: number, balance: number, expires_at: string | null = null): LoyaltyEvent => ({
  type: 'crm.loyalty-earned',
  data: { customer_id: c, txn_id: txn, points_delta: points, balance_after: balance, allocations: [{ lot_id: txn, points }], points, expires_at, order_id: null, policy_revision: null },
});
const earn = (txn: string, points: number, expires_at: string | null = null) =>
  ({ kind: 'earn' as const, customer_id: c, txn_id: txn, points, expires_at, order_id: null, policy_revision: null });
const redeem = (txn: string, points: number, customer_on_hold = false) => ({ kind: 'redeem' as const, customer_id: c, txn_id: txn, points, customer_on_hold });

describe('loyalty decider', () => {
  it('earns into a lot; the same transaction id twice earns once', () => {
    given(decider, []).when(earn('t1', 100)).then([earned('t1', 100, 100)]);
    given(decider, [earned('t1', 100, 100)]).when(earn('t1', 100)).then([]);
  });

  it('redeems soonest-expiring points first and never below zero', () => {
    const history = [earned('t1', 100, 100), earned('t2', 30, 130, '2026-02-01T00:00:00.000Z')];
    given(decider, history).when(redeem('r1', 50)).then([{
      type: 'crm.loyalty-redeemed',
      data: { customer_id: c, txn_id: 'r1', points_delta: -50, balance_after: 80, allocations: [{ lot_id: 't2', points: -30 }, { lot_id: 't1', points: -20 }], points: 50 },
    }]);
    given(decider, history).when(redeem('r1', 131)).thenRejects('invalid-state', 'insufficient-points');
  });

  it('refuses redemption while the customer is on hold', () => {
    given(decider, [earned('t1', 100, 100)]).when(redeem('r1', 10, true)).thenRejects('invalid-state', 'customer-on-hold');
  });

  it('adjusts both ways; a removal cannot overdraw', () => {
    given(decider, [earned('t1', 10, 10)]).when({ kind: 'adjust', customer_id: c, txn_id: 'a1', points_delta: -11, expires_at: null }).thenRejects('invalid-state', 'insufficient-points');
    given(decider, [earned('t1', 10, 10)]).when({ kind: 'adjust', customer_id: c, txn_id: 'a1', points_delta: 5, expires_at: null })
      .thenState((s) => expect([s.balance, s.lots.a1.remaining]).toEqual([15, 5]));
  });

  describe('reverse and restore', () => {
    const redeemed: LoyaltyEvent = {
      type: 'crm.loyalty-redeemed', data: { customer_id: c, txn_id: 'r1', points_delta: -50, balance_after: 50, allocations: [{ lot_id: 't1', points: -50 }], points: 50 },
    };
    const reversed: LoyaltyEvent = {
      type: 'crm.loyalty-reversed', data: { customer_id: c, txn_id: 'v1', points_delta: 50, balance_after: 100, allocations: [{ lot_id: 't1', points: 50 }], reverses_txn_id: 'r1' },
    };
    const base = [earned('t1', 100, 100), redeemed];

    it('reverses a redemption by giving the points back to the lots they came from', () => {
      given(decider, base).when({ kind: 'reverse', customer_id: c, txn_id: 'v1', reverses_txn_id: 'r1' }).then([reversed]);
    });

    it('reverses only once, and never a reversal', () => {
      given(decider, [...base, reversed]).when({ kind: 'reverse', customer_id: c, txn_id: 'v2', reverses_txn_id: 'r1' }).thenRejects('invalid-state', 'already-reversed');
      given(decider, [...base, reversed]).when({ kind: 'reverse', customer_id: c, txn_id: 'v2', reverses_txn_id: 'v1' }).thenRejects('invalid-state', 'not-reversible');
      given(decider, base).when({ kind: 'reverse', customer_id: c, txn_id: 'v2', reverses_txn_id: 'nope' }).thenRejects('not-found', 'loyalty-txn-not-found');
    });

    it('refuses to reverse an earn whose points are already spent', () => {
      given(decider, base).when({ kind: 'reverse', customer_id: c, txn_id: 'v1', reverses_txn_id: 't1' }).thenRejects('invalid-state', 'insufficient-points');
    });

    it('restores a reversal once: the original is in effect again but cannot be reversed again', () => {
      const restored: LoyaltyEvent = {
        type: 'crm.loyalty-restored',
        data: { customer_id: c, txn_id: 's1', points_delta: -50, balance_after: 50, allocations: [{ lot_id: 't1', points: -50 }], restores_txn_id: 'v1', original_txn_id: 'r1' },
      };
      given(decider, [...base, reversed]).when({ kind: 'restore', customer_id: c, txn_id: 's1', reversal_txn_id: 'v1' }).then([restored]);
      given(decider, [...base, reversed, restored]).when({ kind: 'restore', customer_id: c, txn_id: 's2', reversal_txn_id: 'v1' }).thenRejects('invalid-state', 'already-restored');
      given(decider, [...base, reversed, restored]).when({ kind: 'reverse', customer_id: c, txn_id: 'v3', reverses_txn_id: 'r1' }).thenRejects('invalid-state', 'already-reversed');
      given(decider, base).when({ kind: 'restore', customer_id: c, txn_id: 's1', reversal_txn_id: 'r1' }).thenRejects('invalid-state', 'not-a-reversal');
    });
  });

  it('expires what is left of lapsed lots, and nothing when none lapsed', () => {
    const history = [earned('t1', 100, 100, '2026-01-10T00:00:00.000Z'), earned('t2', 20, 120)];
    given(decider, history).when({ kind: 'expire', customer_id: c, txn_id: 'x1', as_of: '2026-01-10T00:00:00.000Z' }).then([{
      type: 'crm.loyalty-expired', data: { customer_id: c, txn_id: 'x1', points_delta: -100, balance_after: 20, allocations: [{ lot_id: 't1', points: -100 }], as_of: '2026-01-10T00:00:00.000Z' },
    }]);
    given(decider, history).when({ kind: 'expire', customer_id: c, txn_id: 'x1', as_of: '2026-01-09T00:00:00.000Z' }).then([]);
  });
});

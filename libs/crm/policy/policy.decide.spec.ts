import { given } from '@g3n/es';
import { pointsFor } from '../shared/money';
import { expiryFor, policyDecider } from './policy.decide';

const policy = { points_per_unit: 1.5, rounding: 'floor' as const, expiry_days: 365, earn_on_settled_orders: true };

describe('loyalty policy decider', () => {
  it('sets the whole policy; setting the same policy again records nothing', () => {
    const set = { type: 'crm.loyalty-policy-set' as const, data: { org_guid: 'o1', ...policy } };
    given(policyDecider, []).when({ kind: 'set', org_guid: 'o1', ...policy }).then([set]);
    given(policyDecider, [set]).when({ kind: 'set', org_guid: 'o1', ...policy }).then([]);
    given(policyDecider, [set]).when({ kind: 'set', org_guid: 'o1', ...policy, rounding: 'ceil' }).then([{ ...set, data: { ...set.data, rounding: 'ceil' } }]);
  });

  it('computes expiry from the earn time', () => {
    expect(expiryFor(policy, new Date('2026-01-01T00:00:00Z'))).toBe('2027-01-01T00:00:00.000Z');
    expect(expiryFor({ ...policy, expiry_days: null }, new Date())).toBeNull();
  });
});

describe('points for an amount', () => {
  it('uses major units of the currency and the rounding rule, in integers', () => {
    expect(pointsFor(1999, 'USD', 1, 'floor')).toBe(19);
    expect(pointsFor(1999, 'USD', 1, 'round')).toBe(20);
    expect(pointsFor(1901, 'USD', 1, 'ceil')).toBe(20);
    expect(pointsFor(1999, 'USD', 1.5, 'floor')).toBe(29);
    expect(pointsFor(1000, 'JPY', 0.01, 'floor')).toBe(10);
    expect(pointsFor(1500, 'KWD', 2, 'floor')).toBe(3);
    expect(pointsFor(0, 'USD', 1, 'ceil')).toBe(0);
  });
});

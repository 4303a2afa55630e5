import type { Decider } from '@g3n/es';
import type { LoyaltyPolicy, LoyaltyPolicySet } from './policy.events';

export type PolicyCommand = { kind: 'set'; org_guid: string } & LoyaltyPolicy;
export interface PolicyState { configured: boolean; policy: LoyaltyPolicy }

/** Until an org sets a policy nothing is earned automatically (a loyalty programme is opt-in). */
export const DEFAULT_POLICY: LoyaltyPolicy = { points_per_unit: 1, rounding: 'floor', expiry_days: null, earn_on_settled_orders: false };

const same = (a: LoyaltyPolicy, b: LoyaltyPolicy) =>
  a.points_per_unit === b.points_per_unit && a.rounding === b.rounding && a.expiry_days === b.expiry_days && a.earn_on_settled_orders === b.earn_on_settled_orders;

export const policyDecider: Decider<PolicyCommand, PolicyState, LoyaltyPolicySet> = {
  name: 'crm.loyalty-policy',
  stateVersion: 1,
  initialState: () => ({ configured: false, policy: DEFAULT_POLICY }),
  evolve: (_state, event) => {
    const { org_guid: _org, ...policy } = event.data;
    return { configured: true, policy };
  },
  decide(command, state) {
    const { kind: _kind, org_guid, ...policy } = command;
    if (state.configured && same(state.policy, policy)) return [];
    return [{ type: 'crm.loyalty-policy-set', data: { org_guid, ...policy } }];
  },
};

/** When a lot earned at `now` expires under the policy. */
export function expiryFor(policy: LoyaltyPolicy, now: Date): string | null {
  return policy.expiry_days === null ? null : new Date(now.getTime() + policy.expiry_days * 86_400_000).toISOString();
}

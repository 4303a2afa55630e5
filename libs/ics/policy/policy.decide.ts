import type { Decider } from '@g3n/es';
import type { StockPolicy } from '../stock/stock.decide';
import type { PolicyEvent } from './policy.events';

export type PolicyCommand = { kind: 'set'; org_guid: string; allow_negative: boolean };

/** Negative stock is off until the org turns it on. */
export const DEFAULT_STOCK_POLICY: StockPolicy = { allow_negative: false };

export const stockPolicyDecider: Decider<PolicyCommand, StockPolicy, PolicyEvent> = {
  name: 'ics.stock-policy',
  stateVersion: 1,
  initialState: () => ({ ...DEFAULT_STOCK_POLICY }),
  evolve: (_state, event) => ({ allow_negative: event.data.allow_negative }),
  decide(command, state) {
    if (state.allow_negative === command.allow_negative) return [];
    return [{ type: 'ics.stock-policy-set', data: { org_guid: command.org_guid, allow_negative: command.allow_negative } }];
  },
};

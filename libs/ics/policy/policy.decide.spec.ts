import { given } from '@g3n/es';
import { stockPolicyDecider } from './policy.decide';

describe('stock policy decider', () => {
  it('records a change and ignores a repeat', () => {
    const set = { type: 'ics.stock-policy-set' as const, data: { org_guid: 'org1', allow_negative: true } };
    given(stockPolicyDecider, []).when({ kind: 'set', org_guid: 'org1', allow_negative: true }).then([set]);
    given(stockPolicyDecider, [set]).when({ kind: 'set', org_guid: 'org1', allow_negative: true }).then([]);
    given(stockPolicyDecider, []).when({ kind: 'set', org_guid: 'org1', allow_negative: false }).then([]);
  });
});

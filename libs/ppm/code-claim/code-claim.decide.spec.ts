import { given } from '@g3n/es';
import { codeClaimDecider as decider } from './code-claim.decide';
import type { CodeClaimEvent } from './code-claim.events';

const claimed: CodeClaimEvent = { type: 'ppm.key-claimed', data: { org_guid: 'org1', scope: 'price-list', key: 'RETAIL', owner_id: 'pl_1' } };
const claim = (owner_id: string, scope: 'price-list' | 'price' = 'price-list') => ({ kind: 'claim' as const, org_guid: 'org1', scope, key: 'RETAIL', owner_id });

describe('PPM key claim decider', () => {
  it('claims a free key once, and a retry by the same owner is a no-op', () => {
    given(decider, []).when(claim('pl_1')).then([claimed]);
    given(decider, [claimed]).when(claim('pl_1')).then([]);
  });

  it('refuses a key another record holds, naming the holder', () => {
    given(decider, [claimed]).when(claim('pl_2')).thenRejects('conflict', 'duplicate-code');
    given(decider, [{ ...claimed, data: { ...claimed.data, scope: 'price' } } as CodeClaimEvent]).when(claim('prc_2', 'price')).thenRejects('conflict', 'price-exists');
  });
});

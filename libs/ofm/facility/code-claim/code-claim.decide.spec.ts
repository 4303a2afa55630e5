import { given } from '@g3n/es';
import { codeClaimDecider } from './code-claim.decide';
import type { CodeClaimEvent } from './code-claim.events';

const claimed: CodeClaimEvent = { type: 'ofm.code-claimed', data: { org_guid: 'org1', scope: 'physical', code: 'HQ', owner_guid: 'phy_1' } };
const claim = (owner_guid: string) => ({ kind: 'claim' as const, org_guid: 'org1', scope: 'physical' as const, code: 'HQ', owner_guid });

describe('code claim decider', () => {
  it('claims a free code', () => {
    given(codeClaimDecider, []).when(claim('phy_1')).then([claimed]);
  });

  it('refuses a code another record holds', () => {
    given(codeClaimDecider, [claimed]).when(claim('phy_2')).thenRejects('conflict', 'duplicate-code');
  });

  it('is a no-op for the owner claiming again', () => {
    given(codeClaimDecider, [claimed]).when(claim('phy_1')).then([]);
  });
});

import { given } from '@g3n/es';
import { codeClaimDecider } from './code-claim.decide';
import type { CodeClaimEvent } from './code-claim.events';

const claimed: CodeClaimEvent = { type: 'pvm.code-claimed', data: { org_guid: 'org1', scope: 'vendor', code: 'VEND1', owner_id: 'ven_1' } };
const claim = (owner_id: string) => ({ kind: 'claim' as const, org_guid: 'org1', scope: 'vendor', code: 'VEND1', owner_id });

describe('pvm code claim decider', () => {
  it('claims a free code', () => given(codeClaimDecider, []).when(claim('ven_1')).then([claimed]));
  it('refuses a code another record holds', () => given(codeClaimDecider, [claimed]).when(claim('ven_2')).thenRejects('conflict', 'duplicate-code'));
  it('is a no-op for the owner claiming again', () => given(codeClaimDecider, [claimed]).when(claim('ven_1')).then([]));
});

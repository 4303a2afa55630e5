import { given } from '@g3n/es';
import { codeClaimDecider } from './code-claim.decide';
import type { CodeClaimEvent } from './code-claim.events';

const claimed: CodeClaimEvent = { type: 'ofm.code-reserved', data: { scope: 'orgcode', code: 'ACME', target_guid: 'org_1', claimed_by: 'usr_1' } };

describe('code claim decider', () => {
  it('claims a free code', () => {
    given(codeClaimDecider, []).when({ kind: 'claim', scope: 'orgcode', code: 'ACME', target_guid: 'org_1', claimed_by: 'usr_1' }).then([claimed]);
  });

  it('refuses a taken code to anyone else', () => {
    given(codeClaimDecider, [claimed]).when({ kind: 'claim', scope: 'orgcode', code: 'ACME', target_guid: 'org_2', claimed_by: 'usr_2' }).thenRejects('conflict', 'uniqueness-conflict');
  });

  it('lets the same claimant retry an org creation (no new event; the state keeps the first target)', () => {
    given(codeClaimDecider, [claimed])
      .when({ kind: 'claim', scope: 'orgcode', code: 'ACME', target_guid: 'org_2', claimed_by: 'usr_1' })
      .thenState((s) => expect(s.target_guid).toBe('org_1'));
  });

  it('never lets a per-org code be claimed twice, even by the same user', () => {
    const cc: CodeClaimEvent = { type: 'ofm.code-reserved', data: { scope: 'cost-centre', code: 'OPS', target_guid: 'cc_1', claimed_by: 'usr_1' } };
    given(codeClaimDecider, [cc]).when({ kind: 'claim', scope: 'cost-centre', code: 'OPS', target_guid: 'cc_2', claimed_by: 'usr_1' }).thenRejects('conflict', 'uniqueness-conflict');
  });
});

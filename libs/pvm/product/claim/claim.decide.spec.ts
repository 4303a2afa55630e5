import { given } from '@g3n/es';
import { claimDecider as decider, ClaimCommand } from './claim.decide';
import type { ClaimEvent } from './claim.events';

const claim = (owner_id: string, owner_gone = false): ClaimCommand => ({ kind: 'claim', org_guid: 'org1', scope: 'barcode', key: '00012345678905', owner_id, owner_gone });
const claimed = (owner_id: string): ClaimEvent => ({ type: 'pvm.product-code-claimed', data: { org_guid: 'org1', scope: 'barcode', key: '00012345678905', owner_id } });
const released = (owner_id: string): ClaimEvent => ({ type: 'pvm.product-code-released', data: { scope: 'barcode', key: '00012345678905', owner_id } });

describe('pvm claim decider', () => {
  it('claims a free value, and claiming it again for the same owner is a no-op', () => {
    given(decider, []).when(claim('var_1')).then([claimed('var_1')]);
    given(decider, [claimed('var_1')]).when(claim('var_1')).then([]);
  });

  it('refuses a value held by a live owner with the scope-specific minor tag', () => {
    given(decider, [claimed('var_1')]).when(claim('var_2')).thenRejects('conflict', 'duplicate-barcode');
  });

  it('takes over from an owner that is gone, and after a release', () => {
    given(decider, [claimed('var_1')]).when(claim('var_2', true)).then([claimed('var_2')]);
    given(decider, [claimed('var_1'), released('var_1')]).when(claim('var_2')).then([claimed('var_2')]);
  });

  it('releases only for the owner', () => {
    given(decider, [claimed('var_1')]).when({ kind: 'release', scope: 'barcode', key: '00012345678905', owner_id: 'var_1' }).then([released('var_1')]);
    given(decider, [claimed('var_1')]).when({ kind: 'release', scope: 'barcode', key: '00012345678905', owner_id: 'var_2' }).then([]);
  });
});

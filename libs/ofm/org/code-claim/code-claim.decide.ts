import { conflict, Decider } from '@g3n/es';
import type { CodeClaimEvent, CodeScope } from './code-claim.events';

export interface CodeClaimState {
  claimed: boolean;
  target_guid: string | null;
  claimed_by: string | null;
}

export interface ClaimCode {
  kind: 'claim';
  scope: CodeScope;
  code: string;
  target_guid: string;
  /** Who claims (a user guid): the same claimant repeating a claim gets the existing target back (retry). */
  claimed_by: string;
}

export const codeClaimDecider: Decider<ClaimCode, CodeClaimState, CodeClaimEvent> = {
  name: 'ofm.spine-code-claim',
  stateVersion: 1,
  initialState: () => ({ claimed: false, target_guid: null, claimed_by: null }),
  evolve: (_state, event) => ({ claimed: true, target_guid: event.data.target_guid, claimed_by: event.data.claimed_by }),
  decide(command, state) {
    if (state.claimed) {
      // Retry of a request that failed after the claim: the handler continues with state.target_guid.
      if (state.claimed_by === command.claimed_by && command.scope === 'orgcode') return [];
      throw conflict('uniqueness-conflict', `The code ${command.code} is taken.`, { field: command.scope === 'orgcode' ? 'orgcode' : 'code' });
    }
    return [{ type: 'ofm.code-reserved', data: { scope: command.scope, code: command.code, target_guid: command.target_guid, claimed_by: command.claimed_by } }];
  },
};

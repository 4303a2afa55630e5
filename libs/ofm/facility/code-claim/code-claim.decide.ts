import { conflict, Decider } from '@g3n/es';
import type { ClaimScope, CodeClaimEvent } from './code-claim.events';

/**
 * Code uniqueness without a global index: one tiny stream per (org, scope, code). The first record to append
 * `ofm.code-claimed` owns the code; the log's optimistic append settles races between two creates.
 */
export interface CodeClaimState {
  owner_guid: string | null;
}

export interface ClaimCode {
  kind: 'claim';
  org_guid: string;
  scope: ClaimScope;
  code: string;
  owner_guid: string;
}

export type CodeClaimCommand = ClaimCode;

export const codeClaimDecider: Decider<CodeClaimCommand, CodeClaimState, CodeClaimEvent> = {
  name: 'ofm.code-claim',
  stateVersion: 1,
  initialState: () => ({ owner_guid: null }),
  evolve: (_state, event) => ({ owner_guid: event.data.owner_guid }),
  decide(command, state) {
    // A retried create of the same record claims its own code again: nothing to do.
    if (state.owner_guid === command.owner_guid) return [];
    if (state.owner_guid !== null) {
      throw conflict('duplicate-code', `The ${command.scope} code ${command.code} is already taken in this org.`, {
        scope: command.scope,
        code: command.code,
      });
    }
    const { org_guid, scope, code, owner_guid } = command;
    return [{ type: 'ofm.code-claimed', data: { org_guid, scope, code, owner_guid } }];
  },
};

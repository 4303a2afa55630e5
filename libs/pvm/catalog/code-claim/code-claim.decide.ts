import { conflict, Decider } from '@g3n/es';
import type { CodeClaimEvent } from './code-claim.events';

/**
 * Code uniqueness without a global index: one stream per (org, code space, code). The first record to append
 * `pvm.code-claimed` owns the code; the log's optimistic append settles two racing creates. The claim also answers
 * "which record has this code" (an option's group, an OGM's groups) straight from the log.
 */
export interface CodeClaimState {
  owner_id: string | null;
}

export interface ClaimCode {
  kind: 'claim';
  org_guid: string;
  scope: string;
  code: string;
  owner_id: string;
}

export const codeClaimDecider: Decider<ClaimCode, CodeClaimState, CodeClaimEvent> = {
  name: 'pvm.code-claim',
  stateVersion: 1,
  initialState: () => ({ owner_id: null }),
  evolve: (_state, event) => ({ owner_id: event.data.owner_id }),
  decide(command, state) {
    if (state.owner_id === command.owner_id) return []; // the same record claiming again (a retry)
    if (state.owner_id !== null) {
      throw conflict('duplicate-code', `The ${command.scope} code ${command.code} is already taken in this org.`, { scope: command.scope, code: command.code });
    }
    const { org_guid, scope, code, owner_id } = command;
    return [{ type: 'pvm.code-claimed', data: { org_guid, scope, code, owner_id } }];
  },
};

import { conflict, Decider } from '@g3n/es';
import type { ClaimEvent, ClaimScope } from './claim.events';

/**
 * Uniqueness without a global index: one tiny stream per (org, scope, key). The first record to append
 * `pvm.product-code-claimed` owns the value; the log's optimistic append settles two racing creates.
 */
export interface ClaimState {
  owner_id: string | null;
}

export type ClaimCommand =
  | {
      kind: 'claim'; org_guid: string; scope: ClaimScope; key: string; owner_id: string;
      /** The handler found the current owner missing or doomed (a create that failed after claiming, or a doom whose release was lost). */
      owner_gone: boolean;
    }
  | { kind: 'release'; scope: ClaimScope; key: string; owner_id: string };

const DUPLICATE: Record<ClaimScope, string> = {
  'style-code': 'duplicate-style-code',
  barcode: 'duplicate-barcode',
  combination: 'duplicate-combination',
};

export const claimDecider: Decider<ClaimCommand, ClaimState, ClaimEvent> = {
  name: 'pvm.product-claim',
  stateVersion: 1,
  initialState: () => ({ owner_id: null }),
  evolve: (_state, event) => ({ owner_id: event.type === 'pvm.product-code-claimed' ? event.data.owner_id : null }),
  decide(command, state) {
    if (command.kind === 'release') {
      // Only the owner lets go; a repeated or stale release is a no-op.
      if (state.owner_id !== command.owner_id) return [];
      return [{ type: 'pvm.product-code-released', data: { scope: command.scope, key: command.key, owner_id: command.owner_id } }];
    }
    if (state.owner_id === command.owner_id) return [];
    if (state.owner_id !== null && !command.owner_gone) {
      throw conflict(DUPLICATE[command.scope], `This ${command.scope} is already in use in this org.`, { scope: command.scope, key: command.key, owner_id: state.owner_id });
    }
    const { org_guid, scope, key, owner_id } = command;
    return [{ type: 'pvm.product-code-claimed', data: { org_guid, scope, key, owner_id } }];
  },
};

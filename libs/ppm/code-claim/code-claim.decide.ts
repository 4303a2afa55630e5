import { conflict, Decider } from '@g3n/es';
import type { ClaimScope, CodeClaimEvent } from './code-claim.events';

/**
 * Uniqueness without a global index: one tiny stream per (org, scope, key). The first record to append
 * `ppm.key-claimed` owns the key; the log's optimistic append settles races between two creates.
 */
export interface CodeClaimState {
  owner_id: string | null;
}

export interface ClaimKey {
  kind: 'claim';
  org_guid: string;
  scope: ClaimScope;
  key: string;
  owner_id: string;
}

/** How a taken key is refused, per scope: the minor tag and the field naming the record that holds it. */
const TAKEN: Record<ClaimScope, { minor: string; field: string; message: string }> = {
  'price-list': { minor: 'duplicate-code', field: 'price_list_id', message: 'A price list with this code already exists in this org.' },
  price: { minor: 'price-exists', field: 'price_id', message: 'A price with this scope and start already exists; update it by price_id.' },
};

export const codeClaimDecider: Decider<ClaimKey, CodeClaimState, CodeClaimEvent> = {
  name: 'ppm.code-claim',
  stateVersion: 1,
  initialState: () => ({ owner_id: null }),
  evolve: (_state, event) => ({ owner_id: event.data.owner_id }),
  decide(command, state) {
    // A retried create of the same record claims its own key again: nothing to do.
    if (state.owner_id === command.owner_id) return [];
    if (state.owner_id !== null) {
      const taken = TAKEN[command.scope];
      throw conflict(taken.minor, taken.message, { [taken.field]: state.owner_id });
    }
    const { org_guid, scope, key, owner_id } = command;
    return [{ type: 'ppm.key-claimed', data: { org_guid, scope, key, owner_id } }];
  },
};

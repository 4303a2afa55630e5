import type { EventFilter, TransportSpec } from '@g3n/delivery';
import type { SubscriptionEvent, SubscriptionStatus } from './subscription.events';

export interface SubscriptionState {
  exists: boolean;
  org_guid: string;
  subscription_id: string;
  status: SubscriptionStatus;
  /** Ever verified: false until the first verify (a target change sets status back to pending but keeps this). */
  verified_once: boolean;
  transport: TransportSpec;
  filters: EventFilter[];
  secret_ref: string;
  /** SHA-256 (hex) of the outstanding verification token, or null when none is outstanding. */
  token_hash: string | null;
  token_expires_at: string | null;
}

export const initialSubscriptionState = (): SubscriptionState => ({
  exists: false, org_guid: '', subscription_id: '', status: 'pending_verification', verified_once: false,
  transport: { type: 'http', url: '' }, filters: [], secret_ref: '', token_hash: null, token_expires_at: null,
});

export function evolveSubscription(state: SubscriptionState, event: SubscriptionEvent): SubscriptionState {
  switch (event.type) {
    case 'rbs.subscription-registered': {
      const d = event.data;
      return { ...initialSubscriptionState(), exists: true, org_guid: d.org_guid, subscription_id: d.subscription_id, transport: d.transport, filters: d.filters, secret_ref: d.secret_ref };
    }
    case 'rbs.subscription-verification-issued':
      return { ...state, status: 'pending_verification', token_hash: event.data.token_hash, token_expires_at: event.data.expires_at };
    case 'rbs.subscription-verification-attempted':
      return state;
    case 'rbs.subscription-verified':
      return { ...state, status: 'active', verified_once: true, token_hash: null, token_expires_at: null };
    case 'rbs.subscription-updated': {
      const c = event.data.changes;
      return { ...state, transport: c.transport ?? state.transport, filters: c.filters ?? state.filters };
    }
    case 'rbs.subscription-status-set':
      return { ...state, status: event.data.status };
    case 'rbs.subscription-unregistered':
      return { ...state, status: 'unregistered', token_hash: null, token_expires_at: null };
  }
}

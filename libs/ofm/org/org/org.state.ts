import type { OrgEvent, OrgStatus, OwnerState } from './org.events';

export interface OrgState {
  exists: boolean;
  org_guid: string;
  orgcode: string;
  status: OrgStatus;
  primary_owner_user_guid: string;
  /** Secondary owners and their state. */
  secondary: Record<string, OwnerState>;
}

export const initialOrgState = (): OrgState => ({ exists: false, org_guid: '', orgcode: '', status: 'unverified', primary_owner_user_guid: '', secondary: {} });

export function evolveOrg(state: OrgState, event: OrgEvent): OrgState {
  switch (event.type) {
    case 'ofm.org-created':
      return { exists: true, org_guid: event.data.org_guid, orgcode: event.data.orgcode, status: 'unverified', primary_owner_user_guid: event.data.primary_owner_user_guid, secondary: {} };
    case 'ofm.org-updated':
      return state;
    case 'ofm.org-status-changed':
      return { ...state, status: event.data.to };
    case 'ofm.owner-primary-set': {
      const secondary = { ...state.secondary, [event.data.previous_user_guid]: 'active' as const };
      delete secondary[event.data.user_guid];
      return { ...state, primary_owner_user_guid: event.data.user_guid, secondary };
    }
    case 'ofm.owner-secondary-added':
      return { ...state, secondary: { ...state.secondary, [event.data.user_guid]: 'active' } };
    case 'ofm.owner-secondary-removed': {
      const secondary = { ...state.secondary };
      delete secondary[event.data.user_guid];
      return { ...state, secondary };
    }
    case 'ofm.owner-state-set':
      return { ...state, secondary: { ...state.secondary, [event.data.user_guid]: event.data.state } };
  }
}

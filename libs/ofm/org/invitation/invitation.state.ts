import type { InvitationEvent } from './invitation.events';

export interface InvitationState {
  exists: boolean;
  invitation_code: string;
  expires_at: string;
  consumed_by_org_guid: string | null;
}

export const initialInvitationState = (): InvitationState => ({ exists: false, invitation_code: '', expires_at: '', consumed_by_org_guid: null });

export function evolveInvitation(state: InvitationState, event: InvitationEvent): InvitationState {
  switch (event.type) {
    case 'ofm.invitation-issued':
      return { exists: true, invitation_code: event.data.invitation_code, expires_at: event.data.expires_at, consumed_by_org_guid: null };
    case 'ofm.invitation-consumed':
      return { ...state, consumed_by_org_guid: event.data.org_guid };
  }
}

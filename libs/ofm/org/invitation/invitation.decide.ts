import { conflict, Decider, invalidState, notFound } from '@g3n/es';
import type { InvitationEvent } from './invitation.events';
import { evolveInvitation, initialInvitationState, InvitationState } from './invitation.state';

export type InvitationCommand =
  | { kind: 'issue'; invitation_code: string; now: string; expires_at: string }
  | { kind: 'consume'; invitation_code: string; org_guid: string; user_guid: string; now: string };

function issue(command: Extract<InvitationCommand, { kind: 'issue' }>, state: InvitationState): InvitationEvent[] {
  if (state.exists) throw conflict('uniqueness-conflict', 'This invitation code exists already.');
  return [{ type: 'ofm.invitation-issued', data: { invitation_code: command.invitation_code, issued_at: command.now, expires_at: command.expires_at } }];
}

function consume(command: Extract<InvitationCommand, { kind: 'consume' }>, state: InvitationState): InvitationEvent[] {
  if (!state.exists) throw notFound('invitation-not-found', 'No such invitation.');
  // The same org creation retried after a failure half-way finds its own consumption: nothing more to do.
  if (state.consumed_by_org_guid === command.org_guid) return [];
  if (state.consumed_by_org_guid) throw conflict('invitation-consumed', 'The invitation has been used already; request a fresh one.');
  if (Date.parse(command.now) >= Date.parse(state.expires_at)) {
    throw conflict('invitation-expired', 'The invitation has expired; request a fresh one.', { expires_at: state.expires_at });
  }
  return [{ type: 'ofm.invitation-consumed', data: { invitation_code: state.invitation_code, org_guid: command.org_guid, user_guid: command.user_guid, consumed_at: command.now } }];
}

export const invitationDecider: Decider<InvitationCommand, InvitationState, InvitationEvent> = {
  name: 'ofm.invitation',
  stateVersion: 1,
  initialState: initialInvitationState,
  evolve: evolveInvitation,
  decide(command, state) {
    switch (command.kind) {
      case 'issue':
        return issue(command, state);
      case 'consume':
        return consume(command, state);
      default:
        throw invalidState('unknown-command', 'Unknown invitation command.');
    }
  },
};

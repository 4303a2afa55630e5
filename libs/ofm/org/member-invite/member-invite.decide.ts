import { conflict, Decider, invalidState, notFound } from '@g3n/es';
import type { MemberInviteEvent } from './member-invite.events';

export interface MemberInviteState {
  status: 'none' | 'pending' | 'accepted' | 'revoked';
  org_guid: string;
  code: string;
  invitee_user_guid: string;
  expires_at: string;
}

export type MemberInviteCommand =
  | { kind: 'create'; org_guid: string; code: string; invitee_user_guid: string; caption: string; role_profile_id: string; invited_by_user_guid: string; expires_at: string }
  | { kind: 'accept'; user_guid: string; now: string }
  | { kind: 'revoke' };

function evolve(state: MemberInviteState, event: MemberInviteEvent): MemberInviteState {
  switch (event.type) {
    case 'ofm.member-invite-created':
      return { status: 'pending', org_guid: event.data.org_guid, code: event.data.code, invitee_user_guid: event.data.invitee_user_guid, expires_at: event.data.expires_at };
    case 'ofm.member-invite-accepted':
      return { ...state, status: 'accepted' };
    case 'ofm.member-invite-revoked':
      return { ...state, status: 'revoked' };
  }
}

function accept(command: Extract<MemberInviteCommand, { kind: 'accept' }>, s: MemberInviteState): MemberInviteEvent[] {
  // Bound invites: to anyone but the invitee the invite does not exist.
  if (s.status === 'none' || s.invitee_user_guid !== command.user_guid) throw notFound('not-found', 'Not found.');
  if (s.status === 'accepted') throw conflict('invite-accepted', 'The invite has been accepted already.');
  if (s.status === 'revoked') throw conflict('invite-revoked', 'The invite was revoked.');
  if (Date.parse(command.now) >= Date.parse(s.expires_at)) throw conflict('invite-expired', 'The invite has expired; ask for a new one.', { expires_at: s.expires_at });
  return [{ type: 'ofm.member-invite-accepted', data: { org_guid: s.org_guid, code: s.code, user_guid: command.user_guid } }];
}

export const memberInviteDecider: Decider<MemberInviteCommand, MemberInviteState, MemberInviteEvent> = {
  name: 'ofm.member-invite',
  stateVersion: 1,
  initialState: () => ({ status: 'none', org_guid: '', code: '', invitee_user_guid: '', expires_at: '' }),
  evolve,
  decide(command, s) {
    switch (command.kind) {
      case 'create': {
        if (s.status !== 'none') throw conflict('uniqueness-conflict', 'The invite code exists already.');
        const { kind: _kind, ...data } = command;
        return [{ type: 'ofm.member-invite-created', data }];
      }
      case 'accept':
        return accept(command, s);
      case 'revoke':
        if (s.status === 'none') throw notFound('invite-not-found', 'No such invite in this org.');
        if (s.status !== 'pending') throw invalidState('invite-not-pending', `The invite is ${s.status}; only a pending invite can be revoked.`);
        return [{ type: 'ofm.member-invite-revoked', data: { org_guid: s.org_guid, code: s.code } }];
    }
  },
};

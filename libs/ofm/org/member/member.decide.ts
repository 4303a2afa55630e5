import { conflict, Decider, invalidState, notFound } from '@g3n/es';
import type { MemberEvent, MemberState } from './member.events';

export interface MemberRecordState {
  state: MemberState | null;
  org_guid: string;
  user_guid: string;
  logical_guids: string[];
}

export type MemberCommand =
  | { kind: 'join'; org_guid: string; user_guid: string; role_profiles: string[]; invite_code: string }
  | { kind: 'set-state'; state: MemberState }
  | { kind: 'assign-logical'; logical_guid: string }
  | { kind: 'detach-logical'; logical_guid: string };

/** Suspension is reversible; removal is final for this membership (a new invite brings the user back). */
const TRANSITIONS: Record<MemberState, MemberState[]> = { active: ['suspended', 'removed'], suspended: ['active', 'removed'], removed: [] };

function evolve(state: MemberRecordState, event: MemberEvent): MemberRecordState {
  switch (event.type) {
    case 'ofm.member-joined':
      return { state: 'active', org_guid: event.data.org_guid, user_guid: event.data.user_guid, logical_guids: [] };
    case 'ofm.member-state-set':
      return { ...state, state: event.data.state };
    case 'ofm.member-logical-assigned':
      return { ...state, logical_guids: [...state.logical_guids, event.data.logical_guid] };
    case 'ofm.member-logical-detached':
      return { ...state, logical_guids: state.logical_guids.filter((l) => l !== event.data.logical_guid) };
  }
}

function setState(to: MemberState, s: MemberRecordState): MemberEvent[] {
  const from = s.state!;
  if (!TRANSITIONS[from].includes(to)) throw invalidState('invalid-transition', `A member cannot go from ${from} to ${to}.`, { from, to });
  const ids = { org_guid: s.org_guid, user_guid: s.user_guid };
  // Removal ends the member's facility scope too, so a later re-invite starts clean.
  const detached: MemberEvent[] = to === 'removed' ? s.logical_guids.map((logical_guid) => ({ type: 'ofm.member-logical-detached', data: { ...ids, logical_guid } })) : [];
  return [...detached, { type: 'ofm.member-state-set', data: { ...ids, from, state: to } }];
}

export const memberDecider: Decider<MemberCommand, MemberRecordState, MemberEvent> = {
  name: 'ofm.member',
  stateVersion: 1,
  initialState: () => ({ state: null, org_guid: '', user_guid: '', logical_guids: [] }),
  evolve,
  decide(command, s) {
    if (command.kind === 'join') {
      if (s.state && s.state !== 'removed') throw conflict('already-member', 'The user is a member of the org already.');
      const { kind: _kind, ...data } = command;
      return [{ type: 'ofm.member-joined', data }];
    }
    if (!s.state || s.state === 'removed' && command.kind !== 'set-state') throw notFound('member-not-found', 'No such member in this org.');
    const ids = { org_guid: s.org_guid, user_guid: s.user_guid };
    switch (command.kind) {
      case 'set-state':
        return setState(command.state, s);
      case 'assign-logical':
        if (s.state !== 'active') throw invalidState('member-not-active', 'Only an active member can be assigned to a logical facility.');
        if (s.logical_guids.includes(command.logical_guid)) return [];
        return [{ type: 'ofm.member-logical-assigned', data: { ...ids, logical_guid: command.logical_guid } }];
      case 'detach-logical':
        if (!s.logical_guids.includes(command.logical_guid)) throw notFound('assignment-not-found', 'The member is not assigned to that logical facility.');
        return [{ type: 'ofm.member-logical-detached', data: { ...ids, logical_guid: command.logical_guid } }];
    }
  },
};

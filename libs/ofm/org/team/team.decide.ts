import { conflict, Decider, invalidState, notFound } from '@g3n/es';
import type { TeamEvent, TeamStatus } from './team.events';

export interface TeamState {
  exists: boolean;
  org_guid: string;
  team_guid: string;
  status: TeamStatus;
  members: string[];
}

export type TeamCommand =
  | { kind: 'create'; org_guid: string; team_guid: string; code: string; caption: string; description: string | null }
  | { kind: 'update'; caption?: string; description?: string | null }
  | { kind: 'set-status'; status: TeamStatus }
  | { kind: 'add-member'; user_guid: string }
  | { kind: 'remove-member'; user_guid: string };

function evolve(state: TeamState, event: TeamEvent): TeamState {
  switch (event.type) {
    case 'ofm.team-created':
      return { exists: true, org_guid: event.data.org_guid, team_guid: event.data.team_guid, status: 'active', members: [] };
    case 'ofm.team-updated':
      return state;
    case 'ofm.team-status-set':
      return { ...state, status: event.data.status };
    case 'ofm.team-member-added':
      return { ...state, members: [...state.members, event.data.user_guid] };
    case 'ofm.team-member-removed':
      return { ...state, members: state.members.filter((u) => u !== event.data.user_guid) };
  }
}

export const teamDecider: Decider<TeamCommand, TeamState, TeamEvent> = {
  name: 'ofm.team',
  stateVersion: 1,
  initialState: () => ({ exists: false, org_guid: '', team_guid: '', status: 'active', members: [] }),
  evolve,
  decide(command, s) {
    if (command.kind === 'create') {
      if (s.exists) throw conflict('uniqueness-conflict', 'The team exists already.');
      const { kind: _kind, ...data } = command;
      return [{ type: 'ofm.team-created', data }];
    }
    if (!s.exists) throw notFound('team-not-found', 'No such team in this org.');
    const ids = { org_guid: s.org_guid, team_guid: s.team_guid };
    switch (command.kind) {
      case 'update': {
        const data: typeof ids & { caption?: string; description?: string | null } = { ...ids };
        if (command.caption !== undefined) data.caption = command.caption;
        if (command.description !== undefined) data.description = command.description;
        return [{ type: 'ofm.team-updated', data }];
      }
      case 'set-status':
        if (s.status === command.status) throw invalidState('invalid-transition', `The team is ${s.status} already.`, { from: s.status, to: command.status });
        return [{ type: 'ofm.team-status-set', data: { ...ids, from: s.status, status: command.status } }];
      case 'add-member':
        if (s.status !== 'active') throw invalidState('team-inactive', 'Members are added to active teams only.');
        if (s.members.includes(command.user_guid)) throw conflict('already-team-member', 'The user is in the team already.');
        return [{ type: 'ofm.team-member-added', data: { ...ids, user_guid: command.user_guid } }];
      case 'remove-member':
        if (!s.members.includes(command.user_guid)) throw notFound('team-member-not-found', 'The user is not in the team.');
        return [{ type: 'ofm.team-member-removed', data: { ...ids, user_guid: command.user_guid } }];
    }
  },
};

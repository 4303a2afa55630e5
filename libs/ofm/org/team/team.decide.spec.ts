import { given } from '@g3n/es';
import { teamDecider } from './team.decide';
import type { TeamEvent } from './team.events';

const ids = { org_guid: 'org_1', team_guid: 'team_1' };
const created: TeamEvent = { type: 'ofm.team-created', data: { ...ids, code: 'PICK', caption: 'Pickers', description: null } };
const added: TeamEvent = { type: 'ofm.team-member-added', data: { ...ids, user_guid: 'usr_1' } };
const inactive: TeamEvent = { type: 'ofm.team-status-set', data: { ...ids, from: 'active', status: 'inactive' } };

describe('team decider', () => {
  it('creates once and updates the given fields', () => {
    given(teamDecider, []).when({ kind: 'create', ...ids, code: 'PICK', caption: 'Pickers', description: null }).then([created]);
    given(teamDecider, [created]).when({ kind: 'create', ...ids, code: 'PICK', caption: 'Pickers', description: null }).thenRejects('conflict');
    given(teamDecider, [created]).when({ kind: 'update', description: 'Night shift' }).then([{ type: 'ofm.team-updated', data: { ...ids, description: 'Night shift' } }]);
    given(teamDecider, []).when({ kind: 'update', caption: 'x' }).thenRejects('not-found', 'team-not-found');
  });

  it('switches status between active and inactive', () => {
    given(teamDecider, [created]).when({ kind: 'set-status', status: 'inactive' }).then([inactive]);
    given(teamDecider, [created]).when({ kind: 'set-status', status: 'active' }).thenRejects('invalid-state', 'invalid-transition');
  });

  it('adds members once, to active teams, and removes them', () => {
    given(teamDecider, [created]).when({ kind: 'add-member', user_guid: 'usr_1' }).then([added]);
    given(teamDecider, [created, added]).when({ kind: 'add-member', user_guid: 'usr_1' }).thenRejects('conflict', 'already-team-member');
    given(teamDecider, [created, inactive]).when({ kind: 'add-member', user_guid: 'usr_1' }).thenRejects('invalid-state', 'team-inactive');
    given(teamDecider, [created, added]).when({ kind: 'remove-member', user_guid: 'usr_1' }).then([{ type: 'ofm.team-member-removed', data: { ...ids, user_guid: 'usr_1' } }]);
    given(teamDecider, [created]).when({ kind: 'remove-member', user_guid: 'usr_1' }).thenRejects('not-found', 'team-member-not-found');
  });
});

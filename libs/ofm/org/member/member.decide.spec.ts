import { given } from '@g3n/es';
import { memberDecider } from './member.decide';
import type { MemberEvent } from './member.events';

const ids = { org_guid: 'org_1', user_guid: 'usr_m' };
const joined: MemberEvent = { type: 'ofm.member-joined', data: { ...ids, role_profiles: ['pvv'], invite_code: 'MI-1' } };
const assigned: MemberEvent = { type: 'ofm.member-logical-assigned', data: { ...ids, logical_guid: 'log_1' } };
const stateSet = (from: 'active' | 'suspended' | 'removed', state: 'active' | 'suspended' | 'removed'): MemberEvent => ({ type: 'ofm.member-state-set', data: { ...ids, from, state } });

describe('member decider', () => {
  it('joins once, and again only after removal', () => {
    const join = { kind: 'join' as const, ...ids, role_profiles: ['pvv'], invite_code: 'MI-1' };
    given(memberDecider, []).when(join).then([joined]);
    given(memberDecider, [joined]).when(join).thenRejects('conflict', 'already-member');
    given(memberDecider, [joined, stateSet('active', 'removed')]).when(join).then([joined]);
  });

  it('suspends, reinstates and removes; removal is final and detaches logicals', () => {
    given(memberDecider, [joined]).when({ kind: 'set-state', state: 'suspended' }).then([stateSet('active', 'suspended')]);
    given(memberDecider, [joined, stateSet('active', 'suspended')]).when({ kind: 'set-state', state: 'active' }).then([stateSet('suspended', 'active')]);
    given(memberDecider, [joined, assigned]).when({ kind: 'set-state', state: 'removed' })
      .then([{ type: 'ofm.member-logical-detached', data: { ...ids, logical_guid: 'log_1' } }, stateSet('active', 'removed')]);
    given(memberDecider, [joined, stateSet('active', 'removed')]).when({ kind: 'set-state', state: 'active' }).thenRejects('invalid-state', 'invalid-transition');
    given(memberDecider, [joined]).when({ kind: 'set-state', state: 'active' }).thenRejects('invalid-state', 'invalid-transition');
  });

  it('assigns active members to logicals (idempotently) and detaches them', () => {
    given(memberDecider, [joined]).when({ kind: 'assign-logical', logical_guid: 'log_1' }).then([assigned]);
    given(memberDecider, [joined, assigned]).when({ kind: 'assign-logical', logical_guid: 'log_1' }).then([]);
    given(memberDecider, [joined, stateSet('active', 'suspended')]).when({ kind: 'assign-logical', logical_guid: 'log_1' }).thenRejects('invalid-state', 'member-not-active');
    given(memberDecider, [joined, assigned]).when({ kind: 'detach-logical', logical_guid: 'log_1' }).then([{ type: 'ofm.member-logical-detached', data: { ...ids, logical_guid: 'log_1' } }]);
    given(memberDecider, [joined]).when({ kind: 'detach-logical', logical_guid: 'log_1' }).thenRejects('not-found', 'assignment-not-found');
    given(memberDecider, []).when({ kind: 'assign-logical', logical_guid: 'log_1' }).thenRejects('not-found', 'member-not-found');
  });
});

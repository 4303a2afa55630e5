import { given } from '@g3n/es';
import { ogmDecider as decider } from './ogm.decide';
import type { OgmEvent } from './ogm.events';

const statuses = { COLOR: 'active' as const, SIZE: 'active' as const, FIT: 'inactive' as const };
const color = { group_code: 'COLOR', priority: 1 };
const size = { group_code: 'SIZE', priority: 2 };
const create = (groups = [size, color], group_statuses = statuses) =>
  ({ kind: 'create' as const, ogm_id: 'ogm_1', org_guid: 'org1', code: 'APPAREL', caption: 'APPAREL', groups, group_statuses, cloned_from: null });
const created: OgmEvent = { type: 'pvm.ogm-created', data: { ogm_id: 'ogm_1', org_guid: 'org1', code: 'APPAREL', caption: 'APPAREL', ogm_rev: 1, groups: [color, size], cloned_from: null } };

describe('OGM decider', () => {
  it('creates revision 1 with groups sorted by priority', () => {
    given(decider, []).when(create()).then([created]);
  });

  it('refuses empty, repeated, unknown or inactive groups and shared priorities', () => {
    given(decider, []).when(create([])).thenRejects('validation-error', 'ogm-groups-required');
    given(decider, []).when(create([color, { group_code: 'COLOR', priority: 2 }])).thenRejects('validation-error', 'duplicate-group');
    given(decider, []).when(create([color, { group_code: 'SIZE', priority: 1 }])).thenRejects('validation-error', 'duplicate-priority');
    given(decider, []).when(create([{ group_code: 'NOPE', priority: 1 }])).thenRejects('not-found', 'option-group-not-found');
    given(decider, []).when(create([{ group_code: 'FIT', priority: 1 }])).thenRejects('invalid-state', 'option-group-inactive');
  });

  it('revises to ogm_rev + 1 and keeps every revision; the same groups again is a no-op', () => {
    given(decider, [created]).when({ kind: 'revise', groups: [color], group_statuses: statuses })
      .then([{ type: 'pvm.ogm-revised', data: { ogm_id: 'ogm_1', ogm_rev: 2, groups: [color] } }]);
    given(decider, [created]).when({ kind: 'revise', groups: [size, color], group_statuses: statuses }).then([]);
    given(decider, [created, { type: 'pvm.ogm-revised', data: { ogm_id: 'ogm_1', ogm_rev: 2, groups: [color] } }])
      .when({ kind: 'revise', groups: [size], group_statuses: statuses })
      .thenState((s) => expect(s.revisions.map((r) => r.ogm_rev)).toEqual([1, 2, 3]));
  });

  it('an inactive OGM is not revised until reactivated', () => {
    const off: OgmEvent = { type: 'pvm.ogm-status-changed', data: { ogm_id: 'ogm_1', from: 'active', to: 'inactive' } };
    given(decider, [created, off]).when({ kind: 'revise', groups: [color], group_statuses: statuses }).thenRejects('invalid-state', 'ogm-inactive');
    given(decider, [created, off]).when({ kind: 'set-status', status: 'active' }).then([{ type: 'pvm.ogm-status-changed', data: { ogm_id: 'ogm_1', from: 'inactive', to: 'active' } }]);
  });

  it('records where a clone came from', () => {
    given(decider, []).when({ ...create(), cloned_from: { ogm_id: 'ogm_0', ogm_rev: 3 } })
      .then([{ type: 'pvm.ogm-created', data: { ...created.data, cloned_from: { ogm_id: 'ogm_0', ogm_rev: 3 } } } as OgmEvent]);
  });
});

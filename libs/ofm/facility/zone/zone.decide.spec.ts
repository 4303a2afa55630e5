import { given } from '@g3n/es';
import { zoneTreeDecider as decider } from './zone.decide';
import type { ZoneEvent } from './zone.events';

const ids = { org_guid: 'org1', logical_guid: 'log_1', root_zone_guid: 'zon_root' };
const root: ZoneEvent = { type: 'ofm.zone-created', data: { zone_guid: 'zon_root', org_guid: 'org1', logical_guid: 'log_1', parent_zone_guid: null, code: 'ROOT', caption: 'Root' } };
const zone = (zone_guid: string, parent_zone_guid: string, code: string): ZoneEvent => ({
  type: 'ofm.zone-created', data: { zone_guid, org_guid: 'org1', logical_guid: 'log_1', parent_zone_guid, code, caption: code },
});
const a1 = zone('zon_a1', 'zon_root', 'A1');
const a1b = zone('zon_a1b', 'zon_a1', 'A1-B');
const create = (zone_guid: string, parent_zone_guid: string, code: string) =>
  ({ kind: 'create' as const, ...ids, zone_guid, parent_zone_guid, code, caption: code, logical_status: 'active' as const });
const status = (zone_guid: string, from: 'active' | 'inactive', to: 'active' | 'inactive'): ZoneEvent =>
  ({ type: 'ofm.zone-status-changed', data: { zone_guid, logical_guid: 'log_1', from, to } });

describe('zone tree decider', () => {
  it('creates the ROOT zone once', () => {
    given(decider, []).when({ kind: 'init-root', ...ids }).then([root]);
    given(decider, [root]).when({ kind: 'init-root', ...ids }).then([]);
  });

  it('creates child zones under an existing parent of the same logical facility', () => {
    given(decider, [root]).when(create('zon_a1', 'zon_root', 'A1')).then([a1]);
    given(decider, [root, a1]).when(create('zon_a1b', 'zon_a1', 'A1-B')).then([a1b]);
    given(decider, [root]).when(create('zon_x', 'zon_elsewhere', 'X')).thenRejects('not-found', 'parent-zone-not-found');
  });

  it('repairs a missing ROOT zone on the first create', () => {
    given(decider, []).when(create('zon_a1', 'zon_root', 'A1')).then([root, a1]);
  });

  it('keeps codes unique within the logical facility (ROOT included)', () => {
    given(decider, [root, a1]).when(create('zon_2', 'zon_root', 'A1')).thenRejects('conflict', 'duplicate-code');
    given(decider, [root]).when(create('zon_2', 'zon_root', 'ROOT')).thenRejects('conflict', 'duplicate-code');
  });

  it('refuses zones in an inactive logical facility or under an inactive parent', () => {
    given(decider, [root]).when({ ...create('zon_a1', 'zon_root', 'A1'), logical_status: 'inactive' }).thenRejects('invalid-state', 'logical-facility-inactive');
    given(decider, [root, a1, status('zon_a1', 'active', 'inactive')]).when(create('zon_a1b', 'zon_a1', 'A1-B')).thenRejects('invalid-state', 'parent-zone-inactive');
  });

  it('never deactivates ROOT, nor a zone with active children', () => {
    given(decider, [root]).when({ kind: 'set-status', zone_guid: 'zon_root', status: 'inactive', expected_revision: 0 }).thenRejects('invalid-state', 'root-zone-immutable');
    given(decider, [root, a1, a1b]).when({ kind: 'set-status', zone_guid: 'zon_a1', status: 'inactive', expected_revision: 0 }).thenRejects('invalid-state', 'zone-has-active-children');
    given(decider, [root, a1]).when({ kind: 'set-status', zone_guid: 'zon_a1', status: 'inactive', expected_revision: 0 }).then([status('zon_a1', 'active', 'inactive')]);
  });

  it('pins status changes to the zone\'s own revision', () => {
    const history = [root, a1, status('zon_a1', 'active', 'inactive')];
    given(decider, history).when({ kind: 'set-status', zone_guid: 'zon_a1', status: 'active', expected_revision: 0 }).thenRejects('conflict', 'revision-mismatch');
    given(decider, history).when({ kind: 'set-status', zone_guid: 'zon_a1', status: 'active', expected_revision: 1 }).then([status('zon_a1', 'inactive', 'active')]);
    // Another zone's events do not move this zone's revision.
    given(decider, [root, a1, a1b, status('zon_a1b', 'active', 'inactive')])
      .when({ kind: 'set-status', zone_guid: 'zon_a1', status: 'inactive', expected_revision: 0 })
      .then([status('zon_a1', 'active', 'inactive')]);
  });

  it('refuses to move a zone under itself or one of its descendants (the tree stays acyclic)', () => {
    given(decider, [root, a1, a1b]).when({ kind: 'move', zone_guid: 'zon_a1', parent_zone_guid: 'zon_a1b', expected_revision: 0 }).thenRejects('invalid-state', 'zone-cycle');
    given(decider, [root, a1]).when({ kind: 'move', zone_guid: 'zon_a1', parent_zone_guid: 'zon_a1', expected_revision: 0 }).thenRejects('invalid-state', 'zone-cycle');
    given(decider, [root, a1]).when({ kind: 'move', zone_guid: 'zon_root', parent_zone_guid: 'zon_a1', expected_revision: 0 }).thenRejects('invalid-state', 'root-zone-immutable');
  });

  it('moves a zone elsewhere in the tree', () => {
    const b = zone('zon_b', 'zon_root', 'B');
    given(decider, [root, a1, a1b, b])
      .when({ kind: 'move', zone_guid: 'zon_a1b', parent_zone_guid: 'zon_b', expected_revision: 0 })
      .then([{ type: 'ofm.zone-moved', data: { zone_guid: 'zon_a1b', logical_guid: 'log_1', from_parent_zone_guid: 'zon_a1', to_parent_zone_guid: 'zon_b' } }]);
  });

  it('answers not-found for a zone outside the tree', () => {
    given(decider, [root]).when({ kind: 'set-status', zone_guid: 'zon_nope', status: 'inactive', expected_revision: 0 }).thenRejects('not-found', 'zone-not-found');
  });
});

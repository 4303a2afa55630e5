import { given } from '@g3n/es';
import { logicalFacilityDecider as decider, ParentFacilities } from './logical.decide';
import type { LogicalFacilityEvent } from './logical.events';

const usable: ParentFacilities = { physical: { status: 'active' }, legal: { status: 'active' } };
const data = { logical_guid: 'log_1', org_guid: 'org1', code: 'DC-01', root_zone_guid: 'zon_root', caption: 'Distribution Center', physical_guid: 'phy_1', legal_guid: 'leg_1' };
const created: LogicalFacilityEvent = { type: 'ofm.logical-facility-created', data };
const deactivated: LogicalFacilityEvent = { type: 'ofm.logical-facility-status-changed', data: { logical_guid: 'log_1', from: 'active', to: 'inactive' } };

describe('logical facility decider', () => {
  it('creates on an active physical and legal facility, naming its ROOT zone', () => {
    given(decider, []).when({ kind: 'create', ...data, parents: usable }).then([created]);
  });

  it('refuses missing or inactive parents at create', () => {
    given(decider, []).when({ kind: 'create', ...data, parents: { ...usable, physical: null } }).thenRejects('not-found', 'physical-facility-not-found');
    given(decider, []).when({ kind: 'create', ...data, parents: { ...usable, legal: null } }).thenRejects('not-found', 'legal-facility-not-found');
    given(decider, []).when({ kind: 'create', ...data, parents: { ...usable, physical: { status: 'inactive' } } }).thenRejects('invalid-state', 'physical-facility-inactive');
    given(decider, []).when({ kind: 'create', ...data, parents: { ...usable, legal: { status: 'inactive' } } }).thenRejects('invalid-state', 'legal-facility-inactive');
  });

  it('cannot be activated while its physical or legal facility is inactive', () => {
    given(decider, [created, deactivated])
      .when({ kind: 'set-status', status: 'active', parents: { ...usable, legal: { status: 'inactive' } } })
      .thenRejects('invalid-state', 'legal-facility-inactive');
    given(decider, [created, deactivated])
      .when({ kind: 'set-status', status: 'active', parents: usable })
      .then([{ type: 'ofm.logical-facility-status-changed', data: { logical_guid: 'log_1', from: 'inactive', to: 'active' } }]);
  });

  it('can always be deactivated', () => {
    given(decider, [created]).when({ kind: 'set-status', status: 'inactive', parents: { physical: null, legal: null } }).then([deactivated]);
  });

  it('checks parents only when the update moves the facility', () => {
    const inactivePhysical = { ...usable, physical: { status: 'inactive' as const } };
    given(decider, [created])
      .when({ kind: 'update', changes: { caption: 'DC One' }, parents: inactivePhysical })
      .then([{ type: 'ofm.logical-facility-updated', data: { logical_guid: 'log_1', changes: { caption: 'DC One' } } }]);
    given(decider, [created]).when({ kind: 'update', changes: { physical_guid: 'phy_2' }, parents: inactivePhysical }).thenRejects('invalid-state', 'physical-facility-inactive');
  });
});

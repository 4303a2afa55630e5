import { given } from '@g3n/es';
import { physicalFacilityDecider as decider } from './physical.decide';
import type { PhysicalFacilityEvent } from './physical.events';

const address = { street: '1 Main St', city: 'Austin', region: 'TX', country: 'US' };
const created: PhysicalFacilityEvent = {
  type: 'ofm.physical-facility-created',
  data: { physical_guid: 'phy_1', org_guid: 'org1', code: 'HQ', caption: 'Headquarters', address, timezone: 'America/Chicago' },
};
const deactivated: PhysicalFacilityEvent = { type: 'ofm.physical-facility-status-changed', data: { physical_guid: 'phy_1', from: 'active', to: 'inactive' } };

describe('physical facility decider', () => {
  it('creates an active facility once', () => {
    const command = { kind: 'create' as const, ...created.data } as const;
    given(decider, []).when(command).then([created]);
    given(decider, []).when(command).thenState((s) => expect(s.status).toBe('active'));
    given(decider, [created]).when(command).thenRejects('invalid-state', 'facility-exists');
  });

  it('records only the fields that change', () => {
    given(decider, [created])
      .when({ kind: 'update', changes: { caption: 'HQ Austin', address, timezone: 'America/Chicago' } })
      .then([{ type: 'ofm.physical-facility-updated', data: { physical_guid: 'phy_1', changes: { caption: 'HQ Austin' } } }]);
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Headquarters' } }).then([]);
  });

  it('moves between active and inactive; the same status again is a no-op', () => {
    given(decider, [created]).when({ kind: 'set-status', status: 'inactive' }).then([deactivated]);
    given(decider, [created, deactivated]).when({ kind: 'set-status', status: 'inactive' }).then([]);
    given(decider, [created, deactivated])
      .when({ kind: 'set-status', status: 'active' })
      .then([{ type: 'ofm.physical-facility-status-changed', data: { physical_guid: 'phy_1', from: 'inactive', to: 'active' } }]);
  });

  it('refuses unknown statuses and missing facilities', () => {
    given(decider, [created]).when({ kind: 'set-status', status: 'closed' as never }).thenRejects('invalid-state', 'invalid-status');
    given(decider, []).when({ kind: 'set-status', status: 'inactive' }).thenRejects('not-found', 'physical-facility-not-found');
  });
});

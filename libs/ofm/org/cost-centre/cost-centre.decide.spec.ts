import { given } from '@g3n/es';
import { costCentreDecider } from './cost-centre.decide';
import type { CostCentreEvent } from './cost-centre.events';

const create = (is_default: boolean) => ({ kind: 'create' as const, org_guid: 'org_1', cc_guid: 'cc_1', code: is_default ? 'DEFAULT' : 'OPS', caption: 'Ops', description: null, is_default });
const created = (is_default: boolean): CostCentreEvent => {
  const { kind: _kind, ...data } = create(is_default);
  return { type: 'ofm.cost-centre-created', data };
};
const deactivated: CostCentreEvent = { type: 'ofm.cost-centre-status-set', data: { org_guid: 'org_1', cc_guid: 'cc_1', from: 'active', status: 'inactive' } };

describe('cost centre decider', () => {
  it('creates once', () => {
    given(costCentreDecider, []).when(create(false)).then([created(false)]);
    given(costCentreDecider, [created(false)]).when(create(false)).thenRejects('conflict', 'uniqueness-conflict');
  });

  it('updates the given fields', () => {
    given(costCentreDecider, [created(false)]).when({ kind: 'update', caption: 'Operations' })
      .then([{ type: 'ofm.cost-centre-updated', data: { org_guid: 'org_1', cc_guid: 'cc_1', caption: 'Operations' } }]);
    given(costCentreDecider, []).when({ kind: 'update', caption: 'x' }).thenRejects('not-found', 'cost-centre-not-found');
  });

  it('deactivates and reactivates, but never the default one', () => {
    given(costCentreDecider, [created(false)]).when({ kind: 'set-status', status: 'inactive' }).then([deactivated]);
    given(costCentreDecider, [created(false), deactivated]).when({ kind: 'set-status', status: 'active' })
      .then([{ type: 'ofm.cost-centre-status-set', data: { org_guid: 'org_1', cc_guid: 'cc_1', from: 'inactive', status: 'active' } }]);
    given(costCentreDecider, [created(false)]).when({ kind: 'set-status', status: 'active' }).thenRejects('invalid-state', 'invalid-transition');
    given(costCentreDecider, [created(true)]).when({ kind: 'set-status', status: 'inactive' }).thenRejects('invalid-state', 'default-cost-centre');
  });
});

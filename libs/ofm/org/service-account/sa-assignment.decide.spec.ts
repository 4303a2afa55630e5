import { given } from '@g3n/es';
import { saAssignmentDecider } from './sa-assignment.decide';
import type { SaAssignmentEvent } from './sa-assignment.events';

const data = { org_guid: 'org_1', service_account_id: 'sa_1', logical_guid: 'log_1' };
const assigned: SaAssignmentEvent = { type: 'ofm.service-account-logical-assigned', data };

describe('service-account assignment decider', () => {
  it('assigns once (repeats are no-ops) and detaches only what is assigned', () => {
    given(saAssignmentDecider, []).when({ kind: 'assign-logical', ...data }).then([assigned]);
    given(saAssignmentDecider, [assigned]).when({ kind: 'assign-logical', ...data }).then([]);
    given(saAssignmentDecider, [assigned]).when({ kind: 'detach-logical', ...data }).then([{ type: 'ofm.service-account-logical-detached', data }]);
    given(saAssignmentDecider, []).when({ kind: 'detach-logical', ...data }).thenRejects('not-found', 'assignment-not-found');
  });
});

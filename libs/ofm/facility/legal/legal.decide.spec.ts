import { given } from '@g3n/es';
import { legalFacilityDecider as decider } from './legal.decide';
import type { LegalFacilityEvent } from './legal.events';

const created: LegalFacilityEvent = {
  type: 'ofm.legal-facility-created',
  data: { legal_guid: 'leg_1', org_guid: 'org1', code: 'ACME-INC', caption: 'Acme Incorporated', legal_name: null, tax_id: null },
};

describe('legal facility decider', () => {
  it('creates an active facility once', () => {
    given(decider, []).when({ kind: 'create', ...created.data }).then([created]);
    given(decider, [created]).when({ kind: 'create', ...created.data }).thenRejects('invalid-state', 'facility-exists');
  });

  it('updates legal name and tax id', () => {
    given(decider, [created])
      .when({ kind: 'update', changes: { legal_name: 'Acme Inc.', tax_id: '12-3456789' } })
      .then([{ type: 'ofm.legal-facility-updated', data: { legal_guid: 'leg_1', changes: { legal_name: 'Acme Inc.', tax_id: '12-3456789' } } }]);
  });

  it('deactivates, and refuses a missing facility', () => {
    given(decider, [created])
      .when({ kind: 'set-status', status: 'inactive' })
      .then([{ type: 'ofm.legal-facility-status-changed', data: { legal_guid: 'leg_1', from: 'active', to: 'inactive' } }]);
    given(decider, []).when({ kind: 'update', changes: { caption: 'x' } }).thenRejects('not-found', 'legal-facility-not-found');
  });
});

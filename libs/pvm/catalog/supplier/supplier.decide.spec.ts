import { given } from '@g3n/es';
import { supplierDecider as decider } from './supplier.decide';
import type { SupplierEvent } from './supplier.events';

const created: SupplierEvent = { type: 'pvm.vendor-created', data: { vendor_id: 'ven_1', org_guid: 'org1', code: 'VEND1', caption: 'Vendor One', status: 'draft' } };
const to = (from: string, status: string): SupplierEvent => ({ type: 'pvm.vendor-status-changed', data: { vendor_id: 'ven_1', from, to: status } } as SupplierEvent);

describe('supplier decider', () => {
  it('creates a vendor or a manufacturer as draft, the id field named after the kind', () => {
    given(decider, []).when({ kind: 'create', supplier: 'vendor', id: 'ven_1', org_guid: 'org1', code: 'VEND1', caption: 'Vendor One' }).then([created]);
    given(decider, []).when({ kind: 'create', supplier: 'manufacturer', id: 'mfr_1', org_guid: 'org1', code: 'MFG1', caption: 'Maker' })
      .then([{ type: 'pvm.manufacturer-created', data: { manufacturer_id: 'mfr_1', org_guid: 'org1', code: 'MFG1', caption: 'Maker', status: 'draft' } }]);
  });

  it('walks draft → verified → active → suspended → active', () => {
    given(decider, [created]).when({ kind: 'set-status', status: 'verified' }).then([to('draft', 'verified')]);
    given(decider, [created, to('draft', 'verified')]).when({ kind: 'set-status', status: 'active' }).then([to('verified', 'active')]);
    given(decider, [created, to('draft', 'verified'), to('verified', 'active')]).when({ kind: 'set-status', status: 'suspended' }).then([to('active', 'suspended')]);
    given(decider, [created, to('draft', 'verified'), to('verified', 'active'), to('active', 'suspended')]).when({ kind: 'set-status', status: 'active' }).then([to('suspended', 'active')]);
  });

  it('refuses skipping verification, and re-onboards an inactive supplier through draft', () => {
    given(decider, [created]).when({ kind: 'set-status', status: 'active' }).thenRejects('invalid-state', 'invalid-status-transition');
    given(decider, [created, to('draft', 'inactive')]).when({ kind: 'set-status', status: 'verified' }).thenRejects('invalid-state', 'invalid-status-transition');
    given(decider, [created, to('draft', 'inactive')]).when({ kind: 'set-status', status: 'draft' }).then([to('inactive', 'draft')]);
  });

  it('setting the current status or caption again is a no-op', () => {
    given(decider, [created]).when({ kind: 'set-status', status: 'draft' }).then([]);
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Vendor One' } }).then([]);
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'V1' } }).then([{ type: 'pvm.vendor-updated', data: { vendor_id: 'ven_1', changes: { caption: 'V1' } } }]);
  });

  it('refuses changes to a supplier that does not exist, and a second create', () => {
    given(decider, []).when({ kind: 'update', changes: { caption: 'x' } }).thenRejects('not-found');
    given(decider, [created]).when({ kind: 'create', supplier: 'vendor', id: 'ven_1', org_guid: 'org1', code: 'VEND1', caption: 'x' }).thenRejects('invalid-state', 'vendor-exists');
  });
});

import { Decider, invalidState, notFound } from '@g3n/es';
import { changedFields, statusChanges } from '../shared/status';
import { SUPPLIER_MACHINE, SupplierDetails, SupplierEvent, supplierIdField, SupplierKind, SupplierStatus } from './supplier.events';
import { evolveSupplier, initialSupplierState, SupplierState } from './supplier.state';

export type SupplierCommand =
  | ({ kind: 'create'; supplier: SupplierKind; id: string; org_guid: string; code: string } & SupplierDetails)
  | { kind: 'update'; changes: Partial<SupplierDetails> }
  | { kind: 'set-status'; status: SupplierStatus };

function create(c: Extract<SupplierCommand, { kind: 'create' }>, state: SupplierState): SupplierEvent[] {
  if (state.exists) throw invalidState(`${c.supplier}-exists`, `This ${c.supplier} already exists.`);
  const data = { [supplierIdField(c.supplier)]: c.id, org_guid: c.org_guid, code: c.code, caption: c.caption, status: 'draft' as const };
  return [{ type: `pvm.${c.supplier}-created`, data }];
}

function update(c: Extract<SupplierCommand, { kind: 'update' }>, state: SupplierState, kind: SupplierKind): SupplierEvent[] {
  const changes = changedFields<SupplierDetails>(state, c.changes);
  if (Object.keys(changes).length === 0) return [];
  return [{ type: `pvm.${kind}-updated`, data: { [supplierIdField(kind)]: state.id, changes } }];
}

function setStatus(c: Extract<SupplierCommand, { kind: 'set-status' }>, state: SupplierState, kind: SupplierKind): SupplierEvent[] {
  if (!statusChanges(SUPPLIER_MACHINE, state.status, c.status)) return [];
  return [{ type: `pvm.${kind}-status-changed`, data: { [supplierIdField(kind)]: state.id, from: state.status, to: c.status } }];
}

/** One decider for vendors and manufacturers; the stream (pvm.vendor / pvm.manufacturer) says which. */
export const supplierDecider: Decider<SupplierCommand, SupplierState, SupplierEvent> = {
  name: 'pvm.supplier',
  stateVersion: 1,
  initialState: initialSupplierState,
  evolve: evolveSupplier,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists || !state.kind) throw notFound('supplier-not-found', 'No such supplier.');
    switch (command.kind) {
      case 'update':
        return update(command, state, state.kind);
      case 'set-status':
        return setStatus(command, state, state.kind);
    }
  },
};

import type { SupplierEvent, SupplierKind, SupplierStatus } from './supplier.events';
import { supplierIdField } from './supplier.events';

export interface SupplierState {
  exists: boolean;
  kind: SupplierKind | null;
  id: string;
  org_guid: string;
  code: string;
  caption: string;
  status: SupplierStatus;
}

export const initialSupplierState = (): SupplierState => ({ exists: false, kind: null, id: '', org_guid: '', code: '', caption: '', status: 'draft' });

const kindOf = (type: string): SupplierKind => (type.startsWith('pvm.vendor-') ? 'vendor' : 'manufacturer');

export function evolveSupplier(state: SupplierState, event: SupplierEvent): SupplierState {
  const kind = kindOf(event.type);
  const id = event.data[supplierIdField(kind)] ?? '';
  if (event.type.endsWith('-created')) {
    const d = (event as Extract<SupplierEvent, { data: { org_guid: string } }>).data;
    return { exists: true, kind, id, org_guid: d.org_guid, code: d.code, caption: d.caption, status: d.status };
  }
  if (event.type.endsWith('-updated')) return { ...state, ...(event.data as { changes: object }).changes };
  return { ...state, status: (event.data as { to: SupplierStatus }).to };
}

import { defineEvent, DomainEvent } from '@g3n/es';
import { statusChangeSchema, StatusMachine } from '../shared/status';

/** Vendors (who we buy from) and manufacturers (who make it) share one shape and one status machine. */
export type SupplierKind = 'vendor' | 'manufacturer';
export const SUPPLIER_KINDS: SupplierKind[] = ['vendor', 'manufacturer'];

/**
 * Onboarding: a supplier starts as `draft`, is `verified` (walkthrough 2: required before styles may name it), then
 * `active` for trading; `suspended` pauses it, `inactive` retires it (re-onboarding starts again at draft).
 */
export type SupplierStatus = 'draft' | 'verified' | 'active' | 'suspended' | 'inactive';
export const SUPPLIER_MACHINE: StatusMachine<SupplierStatus> = {
  draft: ['verified', 'inactive'],
  verified: ['active', 'suspended', 'inactive'],
  active: ['suspended', 'inactive'],
  suspended: ['active', 'inactive'],
  inactive: ['draft'],
};
export const SUPPLIER_STATUSES = Object.keys(SUPPLIER_MACHINE) as SupplierStatus[];
/** Statuses in which a style may name the supplier. */
export const USABLE_SUPPLIER_STATUSES: SupplierStatus[] = ['verified', 'active'];

export type SupplierDetails = {
  caption: string;
};

/** Data fields are named after the kind: `vendor_id` on vendor events, `manufacturer_id` on manufacturer events. */
type IdField = { [K in `${SupplierKind}_id`]?: string };
export type SupplierCreated = DomainEvent<`pvm.${SupplierKind}-created`, IdField & { org_guid: string; code: string; status: SupplierStatus } & SupplierDetails>;
export type SupplierUpdated = DomainEvent<`pvm.${SupplierKind}-updated`, IdField & { changes: Partial<SupplierDetails> }>;
export type SupplierStatusChanged = DomainEvent<`pvm.${SupplierKind}-status-changed`, IdField & { from: SupplierStatus; to: SupplierStatus }>;
export type SupplierEvent = SupplierCreated | SupplierUpdated | SupplierStatusChanged;

export const supplierIdField = (kind: SupplierKind) => `${kind}_id` as const;

function eventsOf(kind: SupplierKind) {
  const id = supplierIdField(kind);
  const stream = `<org_guid>/pvm.${kind}/<${id}>`;
  return [
    defineEvent({
      type: `pvm.${kind}-created`,
      version: 1,
      description: `A ${kind} was created (status draft, or as given).`,
      stream,
      schema: {
        type: 'object',
        required: [id, 'org_guid', 'code', 'caption', 'status'],
        properties: { [id]: { type: 'string' }, org_guid: { type: 'string' }, code: { type: 'string' }, caption: { type: 'string' }, status: { type: 'string', enum: SUPPLIER_STATUSES } },
      },
    }),
    defineEvent({
      type: `pvm.${kind}-updated`,
      version: 1,
      description: `A ${kind}'s caption changed; \`changes\` holds the new values.`,
      stream,
      schema: { type: 'object', required: [id, 'changes'], properties: { [id]: { type: 'string' }, changes: { type: 'object', properties: { caption: { type: 'string' } } } } },
    }),
    defineEvent({
      type: `pvm.${kind}-status-changed`,
      version: 1,
      description: `A ${kind} moved along draft → verified → active / suspended / inactive.`,
      stream,
      schema: statusChangeSchema(id, SUPPLIER_STATUSES),
    }),
  ];
}

export const supplierEvents = SUPPLIER_KINDS.flatMap(eventsOf);

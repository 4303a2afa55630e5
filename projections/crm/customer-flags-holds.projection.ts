import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { CustomerHoldPlaced } from '../../libs/crm/customer/customer.events';
import { orgOf } from './crm-docs';

export const CRM_CUSTOMER_FLAGS = 'crm_customer_flags';
export const CRM_CUSTOMER_HOLDS = 'crm_customer_holds';

export interface CustomerFlagDoc extends Doc {
  customer_id: string; org_guid: string; flag_code: string; active: boolean; note: string | null; created_at: string; updated_at: string;
}

export interface CustomerHoldDoc extends Doc {
  hold_id: string; customer_id: string; org_guid: string; status: 'open' | 'resolved'; hold_kind: string; flag_code: string | null; blocks: string[];
  note: string | null; placed_at: string; resolved_at: string | null; resolution_note: string | null; resolved_by: string | null;
}

/** Flags (one document per customer and flag code) and holds (one per hold), for the flag and hold lists. */
export const crmCustomerFlagsHoldsProjection: ProjectionDefinition = {
  name: 'crm.customer-flags-holds',
  version: 1,
  collections: [
    { name: CRM_CUSTOMER_FLAGS, indexes: [{ fields: ['org_guid', 'customer_id', 'flag_code'] }, { fields: ['org_guid', 'flag_code', 'active'] }] },
    { name: CRM_CUSTOMER_HOLDS, indexes: [{ fields: ['org_guid', 'customer_id', 'placed_at'] }, { fields: ['org_guid', 'status', 'placed_at'] }] },
  ],
  handlers: {
    'crm.customer-flag-set': (e, ctx) => {
      const customer_id = String(e.data.customer_id);
      const flag_code = String(e.data.flag_code);
      const at = e.metadata.occurred_at;
      return ctx.update<CustomerFlagDoc>(CRM_CUSTOMER_FLAGS, `${customer_id}:${flag_code}`, (doc) => ({
        _id: `${customer_id}:${flag_code}`, customer_id, org_guid: orgOf(e), flag_code, active: Boolean(e.data.active),
        note: (e.data.note as string | null) ?? null, created_at: doc?.created_at ?? at, updated_at: at,
      }));
    },
    'crm.customer-hold-placed': (e, ctx) => {
      const d = e.data as CustomerHoldPlaced['data'];
      ctx.put<CustomerHoldDoc>(CRM_CUSTOMER_HOLDS, {
        _id: d.hold_id, ...d, org_guid: orgOf(e), status: 'open', resolved_at: null, resolution_note: null, resolved_by: null,
      });
    },
    'crm.customer-hold-resolved': (e, ctx) =>
      ctx.update<CustomerHoldDoc>(CRM_CUSTOMER_HOLDS, String(e.data.hold_id), (doc) => doc && {
        ...doc, status: 'resolved', resolved_at: String(e.data.resolved_at), resolution_note: (e.data.resolution_note as string | null) ?? null,
        resolved_by: (e.metadata.actor as string | undefined) ?? null,
      }),
  },
};

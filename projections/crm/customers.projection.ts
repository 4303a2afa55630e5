import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { CustomerCreated } from '../../libs/crm/customer/customer.events';
import { created, touched } from './crm-docs';

/** Read by SCM (orders name a customer): keep the name and the fields below stable. */
export const CRM_CUSTOMERS = 'crm_customers';

export interface CustomerDoc extends Doc {
  customer_id: string;
  org_guid: string;
  status: 'active';
  email: string | null;
  phone: string | null;
  caption: string | null;
  given_name: string | null;
  family_name: string | null;
  external_ref: string | null;
  /** Lower-case caption, for prefix search. */
  search_name: string | null;
  /** Active flag codes. */
  flags: string[];
  open_hold_ids: string[];
  on_hold: boolean;
  loyalty_balance: number;
  /** Customer stream revision (loyalty has its own stream and does not move it). */
  revision: number;
  created_at: string;
  updated_at: string;
}

const id = (e: { data: Record<string, unknown> }) => String(e.data.customer_id);

export const crmCustomersProjection: ProjectionDefinition = {
  name: 'crm.customers',
  version: 1,
  collections: [{
    name: CRM_CUSTOMERS,
    indexes: [
      { fields: ['org_guid', 'created_at'] },
      { fields: ['org_guid', 'status', 'created_at'] },
      { fields: ['org_guid', 'email'] },
      { fields: ['org_guid', 'phone'] },
      { fields: ['org_guid', 'search_name'] },
      { fields: ['org_guid', 'external_ref'] },
    ],
  }],
  handlers: {
    'crm.customer-created': (e, ctx) => {
      const d = e.data as CustomerCreated['data'];
      ctx.put<CustomerDoc>(CRM_CUSTOMERS, {
        _id: d.customer_id, ...d, status: 'active', search_name: d.caption?.toLowerCase() ?? null,
        flags: [], open_hold_ids: [], on_hold: false, loyalty_balance: 0, ...created(e),
      });
    },
    // Consent lives in its own read model; the customer's revision still moves.
    'crm.customer-consent-set': (e, ctx) => ctx.update<CustomerDoc>(CRM_CUSTOMERS, id(e), (doc) => doc && { ...doc, ...touched(e) }),
    'crm.customer-flag-set': (e, ctx) =>
      ctx.update<CustomerDoc>(CRM_CUSTOMERS, id(e), (doc) => {
        if (!doc) return undefined;
        const code = String(e.data.flag_code);
        const flags = doc.flags.filter((f) => f !== code);
        if (e.data.active) flags.push(code);
        return { ...doc, flags: flags.sort(), ...touched(e) };
      }),
    'crm.customer-hold-placed': (e, ctx) =>
      ctx.update<CustomerDoc>(CRM_CUSTOMERS, id(e), (doc) => doc && { ...doc, open_hold_ids: [...doc.open_hold_ids, String(e.data.hold_id)], on_hold: true, ...touched(e) }),
    'crm.customer-hold-resolved': (e, ctx) =>
      ctx.update<CustomerDoc>(CRM_CUSTOMERS, id(e), (doc) => {
        if (!doc) return undefined;
        const open = doc.open_hold_ids.filter((h) => h !== e.data.hold_id);
        return { ...doc, open_hold_ids: open, on_hold: open.length > 0, ...touched(e) };
      }),
    'crm.loyalty-*': (e, ctx) =>
      ctx.update<CustomerDoc>(CRM_CUSTOMERS, id(e), (doc) => doc && { ...doc, loyalty_balance: Number(e.data.balance_after) }),
  },
};

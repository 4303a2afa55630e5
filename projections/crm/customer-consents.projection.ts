import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { CustomerConsentSet } from '../../libs/crm/customer/customer.events';
import { orgOf } from './crm-docs';

export const CRM_CUSTOMER_CONSENTS = 'crm_customer_consents';

export interface ConsentEntry { purpose: string; channel: string; granted: boolean; updated_at: string }
export interface ConsentHistoryEntry { purpose: string; channel: string; granted: boolean; previous: boolean | null; captured_at: string; capture_source: string | null; actor: string | null; reason: string | null }

export interface CustomerConsentsDoc extends Doc {
  customer_id: string;
  org_guid: string;
  consents: ConsentEntry[];
  /** Every change, oldest first: who, when, from what, and why. */
  history: ConsentHistoryEntry[];
  updated_at: string | null;
}

/** Current consent per purpose and channel, with the full history of changes, one document per customer. */
export const crmCustomerConsentsProjection: ProjectionDefinition = {
  name: 'crm.customer-consents',
  version: 1,
  collections: [{ name: CRM_CUSTOMER_CONSENTS, indexes: [{ fields: ['org_guid'] }] }],
  handlers: {
    'crm.customer-consent-set': (e, ctx) => {
      const d = e.data as CustomerConsentSet['data'];
      return ctx.update<CustomerConsentsDoc>(CRM_CUSTOMER_CONSENTS, d.customer_id, (doc) => {
        const current = doc ?? { _id: d.customer_id, customer_id: d.customer_id, org_guid: orgOf(e), consents: [], history: [], updated_at: null };
        const consents = current.consents.filter((c) => !(c.purpose === d.purpose && c.channel === d.channel));
        consents.push({ purpose: d.purpose, channel: d.channel, granted: d.granted, updated_at: d.captured_at });
        consents.sort((a, b) => (a.purpose + ':' + a.channel).localeCompare(b.purpose + ':' + b.channel));
        const entry: ConsentHistoryEntry = {
          purpose: d.purpose, channel: d.channel, granted: d.granted, previous: d.previous, captured_at: d.captured_at, capture_source: d.capture_source,
          actor: (e.metadata.actor as string | undefined) ?? null, reason: (e.metadata.reason as string | undefined) ?? null,
        };
        return { ...current, consents, history: [...current.history, entry], updated_at: d.captured_at };
      });
    },
  },
};

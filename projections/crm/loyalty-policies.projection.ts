import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { LoyaltyPolicySet } from '../../libs/crm/policy/policy.events';
import { created, touched } from './crm-docs';

export const CRM_LOYALTY_POLICIES = 'crm_loyalty_policies';

export interface LoyaltyPolicyDoc extends Doc {
  org_guid: string;
  points_per_unit: number;
  rounding: 'floor' | 'round' | 'ceil';
  expiry_days: number | null;
  earn_on_settled_orders: boolean;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** One document per org (`_id` = org_guid): the current loyalty policy. */
export const crmLoyaltyPoliciesProjection: ProjectionDefinition = {
  name: 'crm.loyalty-policies',
  version: 1,
  collections: [{ name: CRM_LOYALTY_POLICIES }],
  handlers: {
    'crm.loyalty-policy-set': (e, ctx) => {
      const d = e.data as LoyaltyPolicySet['data'];
      return ctx.update<LoyaltyPolicyDoc>(CRM_LOYALTY_POLICIES, d.org_guid, (doc) => ({
        _id: d.org_guid, ...d, ...(doc ? { created_at: doc.created_at, ...touched(e) } : created(e)),
      }));
    },
  },
};

import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export const ICS_STOCK_POLICIES = 'ics_stock_policies';

export interface StockPolicyDoc extends Doc {
  org_guid: string;
  allow_negative: boolean;
  revision: number;
  updated_at: string;
}

/** The org's stock policy by org_guid (reactors read it; HTTP writes read the policy stream itself). */
export const icsStockPoliciesProjection: ProjectionDefinition = {
  name: 'ics.stock-policies',
  version: 1,
  collections: [{ name: ICS_STOCK_POLICIES }],
  handlers: {
    'ics.stock-policy-set': (e, ctx) => {
      const org_guid = String(e.data.org_guid);
      ctx.put<StockPolicyDoc>(ICS_STOCK_POLICIES, { _id: org_guid, org_guid, allow_negative: Boolean(e.data.allow_negative), revision: e.revision, updated_at: e.metadata.occurred_at });
    },
  },
};

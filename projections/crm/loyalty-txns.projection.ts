import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import { LOYALTY_KIND, LoyaltyEvent } from '../../libs/crm/loyalty/loyalty.events';
import { orgOf } from './crm-docs';

export const CRM_LOYALTY_TXNS = 'crm_loyalty_txns';

export interface LoyaltyTxnDoc extends Doc {
  loyalty_txn_id: string;
  customer_id: string;
  org_guid: string;
  kind: string;
  /** Signed change to the balance. */
  points_delta: number;
  balance_after: number;
  /** posted, reversed (see reversed_by_txn_id), or restored (a reversal that was undone). */
  status: 'posted' | 'reversed' | 'restored';
  reverses_txn_id: string | null;
  reversed_by_txn_id: string | null;
  expires_at: string | null;
  order_id: string | null;
  /** Position in the account's stream. */
  account_revision: number;
  reason: string | null;
  source_refs: Array<{ kind: string; id: string }>;
  created_at: string;
}

export const loyaltyTxnKey = (org: string, txnId: string) => `${org}/${txnId}`;

/** Every loyalty transaction, for responses and lookups by id (reverse and restore name one). */
export const crmLoyaltyTxnsProjection: ProjectionDefinition = {
  name: 'crm.loyalty-txns',
  version: 1,
  collections: [{ name: CRM_LOYALTY_TXNS, indexes: [{ fields: ['org_guid', 'customer_id', 'created_at'] }, { fields: ['org_guid', 'loyalty_txn_id'] }] }],
  handlers: {
    'crm.loyalty-*': async (raw, ctx) => {
      const e = raw as unknown as LoyaltyEvent & { metadata: typeof raw.metadata };
      const org = orgOf(raw);
      const d = e.data;
      const target = e.type === 'crm.loyalty-reversed' ? e.data.reverses_txn_id : e.type === 'crm.loyalty-restored' ? e.data.restores_txn_id : null;
      ctx.put<LoyaltyTxnDoc>(CRM_LOYALTY_TXNS, {
        _id: loyaltyTxnKey(org, d.txn_id), loyalty_txn_id: d.txn_id, customer_id: d.customer_id, org_guid: org, kind: LOYALTY_KIND[e.type],
        points_delta: d.points_delta, balance_after: d.balance_after, status: 'posted', reverses_txn_id: target, reversed_by_txn_id: null,
        expires_at: 'expires_at' in d ? d.expires_at : null, order_id: 'order_id' in d ? d.order_id : null, account_revision: raw.revision,
        reason: (raw.metadata.reason as string | undefined) ?? null, source_refs: (raw.metadata.source_refs as LoyaltyTxnDoc['source_refs'] | undefined) ?? [],
        created_at: raw.metadata.occurred_at,
      });
      if (e.type === 'crm.loyalty-reversed') {
        await ctx.update<LoyaltyTxnDoc>(CRM_LOYALTY_TXNS, loyaltyTxnKey(org, e.data.reverses_txn_id), (doc) => doc && { ...doc, status: 'reversed', reversed_by_txn_id: d.txn_id });
      }
      if (e.type === 'crm.loyalty-restored') {
        await ctx.update<LoyaltyTxnDoc>(CRM_LOYALTY_TXNS, loyaltyTxnKey(org, e.data.restores_txn_id), (doc) => doc && { ...doc, status: 'restored' });
        await ctx.update<LoyaltyTxnDoc>(CRM_LOYALTY_TXNS, loyaltyTxnKey(org, e.data.original_txn_id), (doc) => doc && { ...doc, status: 'posted' });
      }
    },
  },
};

import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { GiftcardIssued, GiftcardRedeemed } from '../../libs/crm/giftcard/giftcard.events';
import { created, touched } from './crm-docs';

export const CRM_GIFTCARDS = 'crm_giftcards';

export interface GiftcardDoc extends Doc {
  giftcard_id: string;
  org_guid: string;
  /** sha256 of the normalised code: how a presented code finds its card. Never answered. */
  code_digest: string;
  code_last4: string;
  customer_id: string | null;
  currency: string;
  initial_amount_minor: number;
  balance_minor: number;
  status: 'active' | 'depleted';
  revision: number;
  created_at: string;
  updated_at: string;
}

export const crmGiftcardsProjection: ProjectionDefinition = {
  name: 'crm.giftcards',
  version: 1,
  collections: [{ name: CRM_GIFTCARDS, indexes: [{ fields: ['org_guid', 'code_digest'] }, { fields: ['org_guid', 'customer_id', 'created_at'] }] }],
  handlers: {
    'crm.giftcard-issued': (e, ctx) => {
      const d = e.data as GiftcardIssued['data'];
      ctx.put<GiftcardDoc>(CRM_GIFTCARDS, {
        _id: d.giftcard_id, giftcard_id: d.giftcard_id, org_guid: d.org_guid, code_digest: d.code_digest, code_last4: d.code_last4, customer_id: d.customer_id,
        currency: d.currency, initial_amount_minor: d.amount_minor, balance_minor: d.amount_minor, status: d.amount_minor > 0 ? 'active' : 'depleted', ...created(e),
      });
    },
    'crm.giftcard-redeemed': (e, ctx) => {
      const d = e.data as GiftcardRedeemed['data'];
      return ctx.update<GiftcardDoc>(CRM_GIFTCARDS, d.giftcard_id, (doc) => doc && {
        ...doc, balance_minor: d.balance_after_minor, status: d.balance_after_minor > 0 ? 'active' : 'depleted', ...touched(e),
      });
    },
  },
};

import { defineEvent, DomainEvent } from '@g3n/es';

/** The code itself is never recorded: only its sha256 (for lookup at redemption) and its last 4 characters. */
export type GiftcardIssued = DomainEvent<'crm.giftcard-issued', {
  giftcard_id: string; org_guid: string; code_digest: string; code_last4: string; amount_minor: number; currency: string; customer_id: string | null;
}>;
export type GiftcardRedeemed = DomainEvent<'crm.giftcard-redeemed', {
  giftcard_id: string; redemption_id: string; amount_minor: number; currency: string; balance_after_minor: number; customer_id: string | null;
}>;
export type GiftcardEvent = GiftcardIssued | GiftcardRedeemed;

export type GiftcardCodeClaimed = DomainEvent<'crm.giftcard-code-claimed', { code_digest: string; giftcard_id: string }>;

const stream = '<org_guid>/crm.giftcard/<giftcard_id>';
const s = { type: 'string' };
const minor = { type: 'integer', minimum: 0 };

export const giftcardEvents = [
  defineEvent({
    type: 'crm.giftcard-issued', version: 1, stream,
    description: 'A gift card was issued with an initial balance; the code appears only as its sha256 digest and last 4 characters.',
    schema: {
      type: 'object', required: ['giftcard_id', 'org_guid', 'code_digest', 'code_last4', 'amount_minor', 'currency', 'customer_id'],
      properties: { giftcard_id: s, org_guid: s, code_digest: s, code_last4: s, amount_minor: minor, currency: s, customer_id: { type: ['string', 'null'] } },
    },
  }),
  defineEvent({
    type: 'crm.giftcard-redeemed', version: 1, stream,
    description: 'Part or all of a gift card\'s balance was redeemed; the balance never goes below zero.',
    schema: {
      type: 'object', required: ['giftcard_id', 'redemption_id', 'amount_minor', 'currency', 'balance_after_minor', 'customer_id'],
      properties: { giftcard_id: s, redemption_id: s, amount_minor: minor, currency: s, balance_after_minor: minor, customer_id: { type: ['string', 'null'] } },
    },
  }),
  defineEvent({
    type: 'crm.giftcard-code-claimed', version: 1, stream: '<org_guid>/crm.giftcard-code/<code_digest>',
    description: 'A gift card code (by digest) was claimed by a card: codes are unique per org.',
    schema: { type: 'object', required: ['code_digest', 'giftcard_id'], properties: { code_digest: s, giftcard_id: s } },
  }),
];

import { defineEvent, DomainEvent } from '@g3n/es';

export type CustomerProfile = {
  email: string | null;
  phone: string | null;
  caption: string | null;
  given_name: string | null;
  family_name: string | null;
  external_ref: string | null;
}

/** What a hold blocks while open. */
export const HOLD_BLOCKS = ['loyalty-redeem', 'giftcard-redeem'] as const;

export type CustomerCreated = DomainEvent<'crm.customer-created', { customer_id: string; org_guid: string } & CustomerProfile>;
export type CustomerConsentSet = DomainEvent<'crm.customer-consent-set', {
  customer_id: string; purpose: string; channel: string; granted: boolean; previous: boolean | null; captured_at: string; capture_source: string | null;
}>;
export type CustomerFlagSet = DomainEvent<'crm.customer-flag-set', { customer_id: string; flag_code: string; active: boolean; note: string | null }>;
export type CustomerHoldPlaced = DomainEvent<'crm.customer-hold-placed', {
  customer_id: string; hold_id: string; hold_kind: 'flag'; flag_code: string | null; blocks: string[]; note: string | null; placed_at: string;
}>;
export type CustomerHoldResolved = DomainEvent<'crm.customer-hold-resolved', { customer_id: string; hold_id: string; resolution_note: string | null; resolved_at: string }>;
export type CustomerEvent = CustomerCreated | CustomerConsentSet | CustomerFlagSet | CustomerHoldPlaced | CustomerHoldResolved;

const stream = '<org_guid>/crm.customer/<customer_id>';
const s = { type: 'string' };
const sn = { type: ['string', 'null'] };
const profile = { email: sn, phone: sn, caption: sn, given_name: sn, family_name: sn, external_ref: sn };

export const customerEvents = [
  defineEvent({
    type: 'crm.customer-created', version: 1, stream,
    description: 'A customer was created (status active); email lower case, phone as E.164-like digits.',
    schema: { type: 'object', required: ['customer_id', 'org_guid', ...Object.keys(profile)], properties: { customer_id: s, org_guid: s, ...profile } },
  }),
  defineEvent({
    type: 'crm.customer-consent-set', version: 1, stream,
    description: 'A customer granted or withdrew consent for one purpose on one channel; `previous` is the value it replaced (null: never set).',
    schema: {
      type: 'object', required: ['customer_id', 'purpose', 'channel', 'granted', 'previous', 'captured_at', 'capture_source'],
      properties: { customer_id: s, purpose: s, channel: s, granted: { type: 'boolean' }, previous: { type: ['boolean', 'null'] }, captured_at: s, capture_source: sn },
    },
  }),
  defineEvent({
    type: 'crm.customer-flag-set', version: 1, stream,
    description: 'A flag (fraud_suspected, vip, chargeback, …) was raised or cleared on a customer.',
    schema: { type: 'object', required: ['customer_id', 'flag_code', 'active', 'note'], properties: { customer_id: s, flag_code: s, active: { type: 'boolean' }, note: sn } },
  }),
  defineEvent({
    type: 'crm.customer-hold-placed', version: 1, stream,
    description: 'A hold was placed on a customer; while open it blocks what `blocks` names (loyalty and gift card redemption).',
    schema: {
      type: 'object', required: ['customer_id', 'hold_id', 'hold_kind', 'flag_code', 'blocks', 'note', 'placed_at'],
      properties: { customer_id: s, hold_id: s, hold_kind: { enum: ['flag'] }, flag_code: sn, blocks: { type: 'array', items: s }, note: sn, placed_at: s },
    },
  }),
  defineEvent({
    type: 'crm.customer-hold-resolved', version: 1, stream,
    description: 'An open hold was resolved; it no longer blocks anything.',
    schema: { type: 'object', required: ['customer_id', 'hold_id', 'resolution_note', 'resolved_at'], properties: { customer_id: s, hold_id: s, resolution_note: sn, resolved_at: s } },
  }),
];

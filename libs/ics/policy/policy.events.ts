import { defineEvent, DomainEvent } from '@g3n/es';

export type StockPolicySet = DomainEvent<'ics.stock-policy-set', { org_guid: string; allow_negative: boolean }>;
export type PolicyEvent = StockPolicySet;

export const policyEvents = [
  defineEvent({
    type: 'ics.stock-policy-set',
    version: 1,
    description: 'The org\'s stock policy changed: `allow_negative` lets adjustments, shipments and transitions take on_hand/available below zero.',
    stream: '<org_guid>/ics.policy/stock',
    schema: { type: 'object', required: ['org_guid', 'allow_negative'], properties: { org_guid: { type: 'string' }, allow_negative: { type: 'boolean' } } },
  }),
];

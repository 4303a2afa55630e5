import { defineEvent, DomainEvent } from '@g3n/es';
import type { Rounding } from '../shared/money';

export type LoyaltyPolicy = {
  /** Points per major currency unit (1 = a point per dollar), up to 4 decimals. */
  points_per_unit: number;
  rounding: Rounding;
  /** Days an earned lot lives; null: points never expire. */
  expiry_days: number | null;
  /** Whether the settled-order reactor earns points. */
  earn_on_settled_orders: boolean;
}

export type LoyaltyPolicySet = DomainEvent<'crm.loyalty-policy-set', { org_guid: string } & LoyaltyPolicy>;

export const policyEvents = [
  defineEvent({
    type: 'crm.loyalty-policy-set', version: 1, stream: '<org_guid>/crm.loyalty-policy/<org_guid>',
    description: 'The org\'s loyalty policy was set (the whole policy; its stream revision versions it and is stamped on earns).',
    schema: {
      type: 'object', required: ['org_guid', 'points_per_unit', 'rounding', 'expiry_days', 'earn_on_settled_orders'],
      properties: {
        org_guid: { type: 'string' }, points_per_unit: { type: 'number', minimum: 0 }, rounding: { enum: ['floor', 'round', 'ceil'] },
        expiry_days: { type: ['integer', 'null'], minimum: 1 }, earn_on_settled_orders: { type: 'boolean' },
      },
    },
  }),
];

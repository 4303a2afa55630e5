import { defineEvent, DomainEvent } from '@g3n/es';

/**
 * Which key space a claim belongs to: price-list codes are unique per org; a price's scope (variant, currency,
 * list, channel, logical, UOM, start) names at most one price per org.
 */
export type ClaimScope = 'price-list' | 'price';

export type PpmKeyClaimed = DomainEvent<'ppm.key-claimed', { org_guid: string; scope: ClaimScope; key: string; owner_id: string }>;
export type CodeClaimEvent = PpmKeyClaimed;

export const codeClaimEvents = [
  defineEvent({
    type: 'ppm.key-claimed',
    version: 1,
    description: 'A price-list code or a price scope was reserved for one record (unique per org, never reused).',
    stream: '<org_guid>/ppm.code-claim/<scope>:<key>',
    schema: {
      type: 'object',
      required: ['org_guid', 'scope', 'key', 'owner_id'],
      properties: {
        org_guid: { type: 'string' },
        scope: { type: 'string', enum: ['price-list', 'price'] },
        key: { type: 'string' },
        owner_id: { type: 'string' },
      },
    },
  }),
];

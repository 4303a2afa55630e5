import { defineEvent, DomainEvent } from '@g3n/es';

/** Which code space a claim belongs to: facility codes are unique per org per kind, channel codes per org. */
export type ClaimScope = 'physical' | 'legal' | 'logical' | 'sales-channel';

export type CodeClaimed = DomainEvent<'ofm.code-claimed', { org_guid: string; scope: ClaimScope; code: string; owner_guid: string }>;
export type CodeClaimEvent = CodeClaimed;

export const codeClaimEvents = [
  defineEvent({
    type: 'ofm.code-claimed',
    version: 1,
    description: 'A facility or sales-channel code was reserved for one record (codes are unique per org and kind, and never reused).',
    stream: '<org_guid>/ofm.code-claim/<scope>:<code>',
    schema: {
      type: 'object',
      required: ['org_guid', 'scope', 'code', 'owner_guid'],
      properties: {
        org_guid: { type: 'string' },
        scope: { type: 'string', enum: ['physical', 'legal', 'logical', 'sales-channel'] },
        code: { type: 'string' },
        owner_guid: { type: 'string' },
      },
    },
  }),
];

import { defineEvent, DomainEvent } from '@g3n/es';

/**
 * Code spaces: `vendor`, `manufacturer`, `division`, `department`, `category`, `season`, `option-group`, `ogm`, and
 * `option:<GROUP_CODE>` (option codes are unique within their group).
 */
export type CodeClaimed = DomainEvent<'pvm.code-claimed', { org_guid: string; scope: string; code: string; owner_id: string }>;
export type CodeClaimEvent = CodeClaimed;

export const codeClaimEvents = [
  defineEvent({
    type: 'pvm.code-claimed',
    version: 1,
    description: 'A catalog code (vendor, manufacturer, taxonomy node, option group, option within its group, OGM) was reserved for one record; codes are unique per org and kind and never reused.',
    stream: '<org_guid>/pvm.code-claim/<scope>:<code>',
    schema: {
      type: 'object',
      required: ['org_guid', 'scope', 'code', 'owner_id'],
      properties: { org_guid: { type: 'string' }, scope: { type: 'string' }, code: { type: 'string' }, owner_id: { type: 'string' } },
    },
  }),
];

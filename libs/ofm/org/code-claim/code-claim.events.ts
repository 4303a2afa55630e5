// Unique codes: an orgcode (platform-wide) or a cost-centre / team code (per org) is claimed by one stream per
// code, so uniqueness rests on the log's optimistic append rather than on a read model that may lag.
import { defineEvent, DomainEvent } from '@g3n/es';
import { object, str } from '../shared/schema';

export type CodeScope = 'orgcode' | 'cost-centre' | 'team';
export type CodeReserved = DomainEvent<'ofm.code-reserved', { scope: CodeScope; code: string; target_guid: string; claimed_by: string }>;
export type CodeClaimEvent = CodeReserved;

export const codeClaimEvents = [
  defineEvent({
    type: 'ofm.code-reserved', version: 1, description: 'A code was reserved for one record (orgcode, cost-centre code or team code).',
    stream: 'platform/ofm.orgcode/<CODE> | <org_guid>/ofm.cost-centre-code/<CODE> | <org_guid>/ofm.team-code/<CODE>',
    schema: object({ scope: { type: 'string', enum: ['orgcode', 'cost-centre', 'team'] }, code: str, target_guid: str, claimed_by: str }),
  }),
];

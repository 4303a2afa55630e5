import { streamName } from '@g3n/eventlog';
import type { ClaimScope } from '../code-claim/code-claim.events';

/** One stream per aggregate instance, each starting with the org (the tenant). */
export const physicalStream = (org: string, id: string) => streamName(org, 'ofm.physical-facility', id);
export const legalStream = (org: string, id: string) => streamName(org, 'ofm.legal-facility', id);
export const logicalStream = (org: string, id: string) => streamName(org, 'ofm.logical-facility', id);
/** A logical facility's whole zone tree. */
export const zoneTreeStream = (org: string, logicalGuid: string) => streamName(org, 'ofm.zone-tree', logicalGuid);
export const salesChannelStream = (org: string, id: string) => streamName(org, 'ofm.sales-channel', id);
export const codeClaimStream = (org: string, scope: ClaimScope, code: string) => streamName(org, 'ofm.code-claim', `${scope}:${code}`);

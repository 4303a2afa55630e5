import { streamName } from '@g3n/eventlog';
import type { ClaimScope } from '../code-claim/code-claim.events';

/** One stream per aggregate instance, each starting with the org (the tenant). */
export const priceListStream = (org: string, priceListId: string) => streamName(org, 'ppm.price-list', priceListId);
export const priceStream = (org: string, priceId: string) => streamName(org, 'ppm.price', priceId);
/** Units of measure are identified by their code within the org (no generated id: prices name them by code). */
export const uomStream = (org: string, uomCode: string) => streamName(org, 'ppm.uom', uomCode);
export const codeClaimStream = (org: string, scope: ClaimScope, key: string) => streamName(org, 'ppm.code-claim', `${scope}:${key}`);

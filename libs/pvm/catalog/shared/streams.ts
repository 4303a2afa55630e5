import { streamName } from '@g3n/eventlog';
import type { SupplierKind } from '../supplier/supplier.events';

/** One stream per catalog record, each starting with the org (the tenant). */
export const supplierStream = (org: string, kind: SupplierKind, id: string) => streamName(org, `pvm.${kind}`, id);
/** Divisions, departments, categories and seasons share one stream category: a parent is loaded by id alone. */
export const taxonomyStream = (org: string, id: string) => streamName(org, 'pvm.taxonomy', id);
export const optionGroupStream = (org: string, id: string) => streamName(org, 'pvm.option-group', id);
export const optionStream = (org: string, id: string) => streamName(org, 'pvm.option', id);
export const ogmStream = (org: string, id: string) => streamName(org, 'pvm.ogm', id);
/** One tiny stream per (org, code space, code): see code-claim.decide.ts. */
export const codeClaimStream = (org: string, scope: string, code: string) => streamName(org, 'pvm.code-claim', `${scope}:${code}`);

import type { RecordedEvent } from '@g3n/eventlog';

/** Read models owned by PVM products; the first two are read by other services (names and fields are a contract). */
export const PVM_STYLES = 'pvm_styles';
export const PVM_VARIANTS = 'pvm_variants';
export const PVM_BARCODES = 'pvm_barcodes';
export const PVM_IDENTIFIERS = 'pvm_identifiers';
export const PVM_PRODUCT_HISTORY = 'pvm_product_history';

/** Revision and timestamps come from the event (never the clock), so a rebuild reproduces every document. */
export const createdFields = (e: RecordedEvent) => ({ revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at });

/** Event data with the fields a handler reads; the event's JSON schema guarantees them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const dataOf = (e: RecordedEvent): Record<string, any> => e.data;

/** Identifier documents are keyed per org: the same SKU may exist in two orgs. */
export const identifierDocId = (org: string, key: string) => `${org}|${key}`;

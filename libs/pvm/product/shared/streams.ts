import { streamName } from '@g3n/eventlog';

/** One stream per aggregate instance, each starting with the org (the tenant). */
export const styleStream = (org: string, styleId: string) => streamName(org, 'pvm.style', styleId);
export const variantStream = (org: string, variantId: string) => streamName(org, 'pvm.variant', variantId);
/** An identifier is its own small aggregate keyed by type and value: it owns uniqueness, transfers and history. */
export const identifierStream = (org: string, key: string) => streamName(org, 'pvm.identifier', key);
export const claimStream = (org: string, scope: string, key: string) => streamName(org, 'pvm.product-claim', `${scope}:${key}`);

/** Stream ids must not contain '/': values (SKUs, aliases) may, so keys are URI-encoded. */
export const identifierKey = (type: string, value: string) => `${type}:${encodeURIComponent(normaliseIdentifierValue(value))}`;

/**
 * Identifier values compare case-insensitively and without surrounding blanks (a scanner or a spreadsheet
 * rarely keeps case): "sku-123 " and "SKU-123" are one identifier. The value is stored as first given.
 */
export function normaliseIdentifierValue(value: string): string {
  return value.trim().toUpperCase();
}

import { defineEvent, DomainEvent } from '@g3n/es';

/**
 * What a claim reserves, unique per org: a style code, a barcode (GTINs by their 14-digit form), or one
 * combination of options within a style.
 */
export type ClaimScope = 'style-code' | 'barcode' | 'combination';

export type ProductCodeClaimed = DomainEvent<'pvm.product-code-claimed', { org_guid: string; scope: ClaimScope; key: string; owner_id: string }>;
export type ProductCodeReleased = DomainEvent<'pvm.product-code-released', { scope: ClaimScope; key: string; owner_id: string }>;
export type ClaimEvent = ProductCodeClaimed | ProductCodeReleased;

const stream = '<org_guid>/pvm.product-claim/<scope>:<key>';
const props = { scope: { type: 'string', enum: ['style-code', 'barcode', 'combination'] }, key: { type: 'string' }, owner_id: { type: 'string' } };

export const claimEvents = [
  defineEvent({
    type: 'pvm.product-code-claimed',
    version: 1,
    description: 'A style code, barcode or option combination was reserved for one record (style_id, or variant_id for barcodes and combinations).',
    stream,
    schema: { type: 'object', required: ['org_guid', 'scope', 'key', 'owner_id'], properties: { org_guid: { type: 'string' }, ...props } },
  }),
  defineEvent({
    type: 'pvm.product-code-released',
    version: 1,
    description: 'A claim was freed because its owner was doomed or let the value go; the value may be claimed again.',
    stream,
    schema: { type: 'object', required: ['scope', 'key', 'owner_id'], properties: props },
  }),
];

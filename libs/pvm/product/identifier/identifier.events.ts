import { defineEvent, DomainEvent } from '@g3n/es';

/** Identifier types PVM knows; GTIN-family types (upc, ean, gtin, isbn) are check-digit validated. */
export const IDENTIFIER_TYPES = ['sku', 'upc', 'ean', 'gtin', 'isbn', 'mpn', 'alias', 'vendor_sku', 'external'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

type Named = { identifier_key: string; type: IdentifierType; value: string };

export type IdentifierAdded = DomainEvent<'pvm.identifier-added', Named & {
  org_guid: string; variant_id: string; style_id: string;
  /** A doomed or never-created variant that held the value before (its claim was taken over). */
  previous_variant_id: string | null;
}>;
export type IdentifierTransferred = DomainEvent<'pvm.identifier-transferred', Named & { from_variant_id: string; from_style_id: string; to_variant_id: string; to_style_id: string }>;
export type IdentifierReleased = DomainEvent<'pvm.identifier-released', Named & { variant_id: string; style_id: string }>;
export type IdentifierEvent = IdentifierAdded | IdentifierTransferred | IdentifierReleased;

const stream = '<org_guid>/pvm.identifier/<type>:<VALUE>';
const s = { type: 'string' };
const named = { identifier_key: s, type: { type: 'string', enum: [...IDENTIFIER_TYPES] }, value: s };

export const identifierEvents = [
  defineEvent({
    type: 'pvm.identifier-added',
    version: 1,
    description: 'An identifier (SKU, UPC, EAN, MPN, alias, …) was attached to a variant; unique per type and value among non-doomed variants of the org.',
    stream,
    schema: {
      type: 'object',
      required: ['identifier_key', 'type', 'value', 'org_guid', 'variant_id', 'style_id', 'previous_variant_id'],
      properties: { ...named, org_guid: s, variant_id: s, style_id: s, previous_variant_id: { type: ['string', 'null'] } },
    },
  }),
  defineEvent({
    type: 'pvm.identifier-transferred',
    version: 1,
    description: 'An identifier moved from one variant to another (its history keeps both).',
    stream,
    schema: {
      type: 'object',
      required: ['identifier_key', 'type', 'value', 'from_variant_id', 'from_style_id', 'to_variant_id', 'to_style_id'],
      properties: { ...named, from_variant_id: s, from_style_id: s, to_variant_id: s, to_style_id: s },
    },
  }),
  defineEvent({
    type: 'pvm.identifier-released',
    version: 1,
    description: 'An identifier was freed because its variant was doomed; the value may be used again.',
    stream,
    schema: { type: 'object', required: ['identifier_key', 'type', 'value', 'variant_id', 'style_id'], properties: { ...named, variant_id: s, style_id: s } },
  }),
];

import { defineEvent, DomainEvent } from '@g3n/es';

/**
 * A unit of measure: a base unit (EA, G, ML: no base_uom, factor 1) or a pack of a base unit (CS12: base_uom EA,
 * factor 12). Factors are whole numbers of the base unit, so quantities and prices never need floats.
 */
export type UomCreated = DomainEvent<'ppm.uom-created', { org_guid: string; uom_code: string; caption: string; base_uom: string | null; factor: number }>;
export type UomUpdated = DomainEvent<'ppm.uom-updated', { org_guid: string; uom_code: string; changes: { caption?: string; factor?: number } }>;
export type UomEvent = UomCreated | UomUpdated;

const stream = '<org_guid>/ppm.uom/<uom_code>';
const str = { type: 'string' };
const factor = { type: 'integer', minimum: 1 };

export const uomEvents = [
  defineEvent({
    type: 'ppm.uom-created',
    version: 1,
    description: 'A unit of measure was declared: a base unit (factor 1) or a whole multiple of one.',
    stream,
    schema: {
      type: 'object',
      required: ['org_guid', 'uom_code', 'caption', 'base_uom', 'factor'],
      properties: { org_guid: str, uom_code: str, caption: str, base_uom: { type: ['string', 'null'] }, factor },
    },
  }),
  defineEvent({
    type: 'ppm.uom-updated',
    version: 1,
    description: 'Caption or factor of a unit of measure changed; `changes` holds the new values.',
    stream,
    schema: {
      type: 'object',
      required: ['org_guid', 'uom_code', 'changes'],
      properties: { org_guid: str, uom_code: str, changes: { type: 'object', properties: { caption: str, factor } } },
    },
  }),
];

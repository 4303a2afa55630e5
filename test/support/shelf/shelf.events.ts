// A tiny example aggregate for exercising the core: a shelf of one item whose count never goes negative.
import { defineEvent, DomainEvent } from '@g3n/es';

export type ShelfOpened = DomainEvent<'demo.shelf-opened', { org_guid: string; shelf_id: string; label: string }>;
export type ItemsAdded = DomainEvent<'demo.items-added', { org_guid: string; shelf_id: string; quantity: number }>;
export type ItemsTaken = DomainEvent<'demo.items-taken', { org_guid: string; shelf_id: string; quantity: number }>;
export type ShelfEvent = ShelfOpened | ItemsAdded | ItemsTaken;

const stream = '<org_guid>/demo.shelf/<shelf_id>';
const quantitySchema = {
  type: 'object',
  required: ['org_guid', 'shelf_id', 'quantity'],
  properties: { org_guid: { type: 'string' }, shelf_id: { type: 'string' }, quantity: { type: 'integer', minimum: 1 } },
};

export const shelfEvents = [
  defineEvent({
    type: 'demo.shelf-opened',
    version: 1,
    description: 'A shelf was opened.',
    stream,
    schema: { type: 'object', required: ['org_guid', 'shelf_id', 'label'], properties: { org_guid: { type: 'string' }, shelf_id: { type: 'string' }, label: { type: 'string' } } },
  }),
  // v2 renamed `qty` to `quantity`; the upcaster keeps v1 events readable.
  defineEvent({
    type: 'demo.items-added',
    version: 2,
    description: 'Items were put on the shelf.',
    stream,
    schema: quantitySchema,
    upcasters: [{ fromVersion: 1, up: ({ qty, ...rest }) => ({ ...rest, quantity: qty }) }],
  }),
  defineEvent({ type: 'demo.items-taken', version: 1, description: 'Items were taken off the shelf.', stream, schema: quantitySchema }),
];

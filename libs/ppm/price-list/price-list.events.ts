import { defineEvent, DomainEvent } from '@g3n/es';
import type { ActiveStatus } from '../shared/status';

/** What a price list's owner may change after creation (code and currency never change). */
export type PriceListDetails = {
  caption: string;
  /** Channels the list applies to (lower case); empty: every channel. */
  channel_codes: string[];
  /** Higher wins when several active lists price an item. */
  priority: number;
};

export type PriceListCreated = DomainEvent<'ppm.price-list-created', { price_list_id: string; org_guid: string; code: string; currency: string; status: ActiveStatus } & PriceListDetails>;
export type PriceListUpdated = DomainEvent<'ppm.price-list-updated', { price_list_id: string; changes: Partial<PriceListDetails> }>;
export type PriceListStatusChanged = DomainEvent<'ppm.price-list-status-changed', { price_list_id: string; from: ActiveStatus; to: ActiveStatus }>;
export type PriceListEvent = PriceListCreated | PriceListUpdated | PriceListStatusChanged;

const stream = '<org_guid>/ppm.price-list/<price_list_id>';
const str = { type: 'string' };
const status = { enum: ['active', 'inactive'] };
const details = { caption: str, channel_codes: { type: 'array', items: str }, priority: { type: 'integer' } };

export const priceListEvents = [
  defineEvent({
    type: 'ppm.price-list-created',
    version: 1,
    description: 'A price list was declared: code, currency, the channels it applies to, its priority and status.',
    stream,
    schema: {
      type: 'object',
      required: ['price_list_id', 'org_guid', 'code', 'currency', 'status', ...Object.keys(details)],
      properties: { price_list_id: str, org_guid: str, code: str, currency: { type: 'string', pattern: '^[A-Z]{3}$' }, status, ...details },
    },
  }),
  defineEvent({
    type: 'ppm.price-list-updated',
    version: 1,
    description: 'Caption, channels or priority of a price list changed; `changes` holds the new values.',
    stream,
    schema: { type: 'object', required: ['price_list_id', 'changes'], properties: { price_list_id: str, changes: { type: 'object', properties: details } } },
  }),
  defineEvent({
    type: 'ppm.price-list-status-changed',
    version: 1,
    description: 'A price list was activated or deactivated (inactive lists are ignored by price resolution).',
    stream,
    schema: { type: 'object', required: ['price_list_id', 'from', 'to'], properties: { price_list_id: str, from: status, to: status } },
  }),
];

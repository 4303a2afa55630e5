import { defineEvent, DomainEvent } from '@g3n/es';

/** Where a price applies. Null fields are wildcards: no list = the org's base prices, no channel = every channel, … */
export type PriceScope = {
  variant_id: string;
  /** ISO 4217; equals the list's currency when the price is in a list. */
  currency: string;
  price_list_id: string | null;
  /** Lower case, as OFM stores channel codes. */
  channel_code: string | null;
  logical_guid: string | null;
  /** Upper case; null = the variant's selling unit. */
  uom_code: string | null;
  /** ISO-8601 UTC; null = since always. Part of the scope: a later start is a scheduled price change. */
  effective_from: string | null;
};

export type PriceTerms = {
  /** Unit price in minor units of `currency`. */
  amount_minor: number;
  /** ISO-8601 UTC, exclusive; null = open-ended. */
  effective_to: string | null;
};

/** Every price event carries the whole price, so consumers (publish, CDC, exports) never need another read. */
export type PriceRecord = { price_id: string; org_guid: string } & PriceScope & PriceTerms;

export type PriceCreated = DomainEvent<'ppm.price-created', PriceRecord>;
export type PriceUpdated = DomainEvent<'ppm.price-updated', PriceRecord & { previous: PriceTerms }>;
export type PriceEvent = PriceCreated | PriceUpdated;

const stream = '<org_guid>/ppm.price/<price_id>';
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const terms = { amount_minor: { type: 'integer', minimum: 0 }, effective_to: nullableStr };
const record = {
  price_id: str, org_guid: str, variant_id: str, currency: { type: 'string', pattern: '^[A-Z]{3}$' }, price_list_id: nullableStr,
  channel_code: nullableStr, logical_guid: nullableStr, uom_code: nullableStr, effective_from: nullableStr, ...terms,
};

export const priceEvents = [
  defineEvent({
    type: 'ppm.price-created',
    version: 1,
    description: 'A price was set for a variant in a scope (list, channel, logical facility, unit, start), with its amount and optional end.',
    stream,
    schema: { type: 'object', required: Object.keys(record), properties: record },
  }),
  defineEvent({
    type: 'ppm.price-updated',
    version: 1,
    description: 'A price\'s amount or end changed; the data is the whole price now, `previous` its amount and end before.',
    stream,
    schema: {
      type: 'object',
      required: [...Object.keys(record), 'previous'],
      properties: { ...record, previous: { type: 'object', required: ['amount_minor', 'effective_to'], properties: terms } },
    },
  }),
];

import { defineEvent, DomainEvent } from '@g3n/es';
import type { ProductStatus } from '../shared/lifecycle';

/** What a style says about itself beyond its code; all of it may change through /pvm/style/update. */
export type StyleDetails = {
  caption: string;
  description: string | null;
  category_id: string;
  brand_id: string | null;
  vendor_ids: string[];
  manufacturer_ids: string[];
  primary_vendor_id: string;
  primary_manufacturer_id: string;
};

export type StyleCreated = DomainEvent<'pvm.style-created', { style_id: string; org_guid: string; code: string; ogm_id: string; ogm_rev: number } & StyleDetails>;
export type StyleUpdated = DomainEvent<'pvm.style-updated', { style_id: string; changes: Partial<StyleDetails> }>;
export type StyleStatusChanged = DomainEvent<'pvm.style-status-changed', { style_id: string; from: ProductStatus; to: ProductStatus }>;
export type StyleEvent = StyleCreated | StyleUpdated | StyleStatusChanged;

const stream = '<org_guid>/pvm.style/<style_id>';
const ids = { type: 'array', items: { type: 'string' } };
const nullableString = { type: ['string', 'null'] };
export const styleDetailProps = {
  caption: { type: 'string' }, description: nullableString, category_id: { type: 'string' }, brand_id: nullableString,
  vendor_ids: ids, manufacturer_ids: ids, primary_vendor_id: { type: 'string' }, primary_manufacturer_id: { type: 'string' },
};
const statuses = { type: 'string', enum: ['draft', 'active', 'discontinued', 'doomed'] };

export const styleEvents = [
  defineEvent({
    type: 'pvm.style-created',
    version: 1,
    description: 'A style (the product as merchandised: code, category, suppliers, option-group map revision) was created, active.',
    stream,
    schema: {
      type: 'object',
      required: ['style_id', 'org_guid', 'code', 'ogm_id', 'ogm_rev', ...Object.keys(styleDetailProps)],
      properties: { style_id: { type: 'string' }, org_guid: { type: 'string' }, code: { type: 'string' }, ogm_id: { type: 'string' }, ogm_rev: { type: 'integer' }, ...styleDetailProps },
    },
  }),
  defineEvent({
    type: 'pvm.style-updated',
    version: 1,
    description: 'Caption, description, category, brand or suppliers of a style changed; `changes` holds the new values.',
    stream,
    schema: { type: 'object', required: ['style_id', 'changes'], properties: { style_id: { type: 'string' }, changes: { type: 'object', properties: styleDetailProps } } },
  }),
  defineEvent({
    type: 'pvm.style-status-changed',
    version: 1,
    description: 'A style was discontinued, reactivated or doomed (doomed frees its code).',
    stream,
    schema: { type: 'object', required: ['style_id', 'from', 'to'], properties: { style_id: { type: 'string' }, from: statuses, to: statuses } },
  }),
];

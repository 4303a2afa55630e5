import { defineEvent, DomainEvent } from '@g3n/es';
import type { ProductStatus } from '../shared/lifecycle';

export interface Selection {
  group_code: string;
  option_code: string;
}

export type BarcodeScheme = 'gtin' | 'upc' | 'ean' | 'itf14' | 'code128' | 'code39' | 'qr' | 'datamatrix' | 'internal';
export type BarcodeStatus = 'active' | 'inactive' | 'doomed';
export type PackagingLevel = 'each' | 'inner' | 'case' | 'pallet';

export type BarcodeData = {
  barcode_id: string;
  value: string;
  scheme: BarcodeScheme;
  packaging_level: PackagingLevel;
  /** What uniqueness and resolve compare: the 14-digit form of a GTIN, else the upper-cased value. */
  key: string;
};

export type VariantDetails = { caption: string | null; sku: string | null };

export type VariantCreated = DomainEvent<'pvm.variant-created', {
  variant_id: string; org_guid: string; style_id: string; selections: Selection[]; combination_key: string; caption: string | null;
}>;
export type VariantUpdated = DomainEvent<'pvm.variant-updated', { variant_id: string; style_id: string; changes: Partial<VariantDetails> }>;
export type VariantStatusChanged = DomainEvent<'pvm.variant-status-changed', { variant_id: string; style_id: string; from: ProductStatus; to: ProductStatus }>;
export type BarcodeAdded = DomainEvent<'pvm.barcode-added', BarcodeData & { variant_id: string; style_id: string; org_guid: string; primary: boolean; previous_primary_id: string | null }>;
export type BarcodePrimarySet = DomainEvent<'pvm.barcode-primary-set', { variant_id: string; style_id: string; barcode_id: string; previous_primary_id: string | null }>;
export type BarcodeStatusChanged = DomainEvent<'pvm.barcode-status-changed', {
  variant_id: string; style_id: string; barcode_id: string; from: BarcodeStatus; to: BarcodeStatus; primary_cleared: boolean;
}>;
export type VariantEvent = VariantCreated | VariantUpdated | VariantStatusChanged | BarcodeAdded | BarcodePrimarySet | BarcodeStatusChanged;

const stream = '<org_guid>/pvm.variant/<variant_id>';
const s = { type: 'string' };
const nullable = { type: ['string', 'null'] };
const productStatus = { type: 'string', enum: ['draft', 'active', 'discontinued', 'doomed'] };
const barcodeStatus = { type: 'string', enum: ['active', 'inactive', 'doomed'] };
const selections = { type: 'array', items: { type: 'object', required: ['group_code', 'option_code'], properties: { group_code: s, option_code: s } } };
const owner = { variant_id: s, style_id: s };

export const variantEvents = [
  defineEvent({
    type: 'pvm.variant-created',
    version: 1,
    description: 'A variant (one option per group of its style\'s OGM revision) was created as a draft; `combination_key` is its selections in one string.',
    stream,
    schema: { type: 'object', required: ['variant_id', 'org_guid', 'style_id', 'selections', 'combination_key', 'caption'], properties: { ...owner, org_guid: s, selections, combination_key: s, caption: nullable } },
  }),
  defineEvent({
    type: 'pvm.variant-updated',
    version: 1,
    description: 'The SKU or caption of a variant changed; `changes` holds the new values.',
    stream,
    schema: { type: 'object', required: ['variant_id', 'style_id', 'changes'], properties: { ...owner, changes: { type: 'object', properties: { caption: nullable, sku: nullable } } } },
  }),
  defineEvent({
    type: 'pvm.variant-status-changed',
    version: 1,
    description: 'A variant moved through draft → active → discontinued, or was doomed (frees its combination, identifiers and barcodes). Sellable means active.',
    stream,
    schema: { type: 'object', required: ['variant_id', 'style_id', 'from', 'to'], properties: { ...owner, from: productStatus, to: productStatus } },
  }),
  defineEvent({
    type: 'pvm.barcode-added',
    version: 1,
    description: 'A barcode was added to a variant; `primary` when it became the variant\'s primary barcode (replacing `previous_primary_id`).',
    stream,
    schema: {
      type: 'object',
      required: ['variant_id', 'style_id', 'org_guid', 'barcode_id', 'value', 'scheme', 'packaging_level', 'key', 'primary', 'previous_primary_id'],
      properties: { ...owner, org_guid: s, barcode_id: s, value: s, scheme: s, packaging_level: s, key: s, primary: { type: 'boolean' }, previous_primary_id: nullable },
    },
  }),
  defineEvent({
    type: 'pvm.barcode-primary-set',
    version: 1,
    description: 'A variant\'s primary barcode changed (one primary per variant).',
    stream,
    schema: { type: 'object', required: ['variant_id', 'style_id', 'barcode_id', 'previous_primary_id'], properties: { ...owner, barcode_id: s, previous_primary_id: nullable } },
  }),
  defineEvent({
    type: 'pvm.barcode-status-changed',
    version: 1,
    description: 'A barcode was deactivated, reactivated or doomed (doomed frees the value); `primary_cleared` when it was the primary.',
    stream,
    schema: {
      type: 'object',
      required: ['variant_id', 'style_id', 'barcode_id', 'from', 'to', 'primary_cleared'],
      properties: { ...owner, barcode_id: s, from: barcodeStatus, to: barcodeStatus, primary_cleared: { type: 'boolean' } },
    },
  }),
];

import { defineEvent, DomainEvent } from '@g3n/es';
import { VariantSnapshot, variantSnapshotSchema } from '../shared/variant-snapshot';

/** Identifies a product (one variant on one channel) on each of its events, so consumers need no lookup. */
type ProductKey = {
  product_id: string;
  channel_code: string;
  variant_id: string;
};

/** Why the online pointer moved: a run published with set_online, /product/online/set, or /product/pointer/set. */
export type OnlineCause = 'publish' | 'online-set' | 'pointer-set';

export type ProductRevisionPublished = DomainEvent<'pmc.product-revision-published', ProductKey & {
  org_guid: string;
  channel_guid: string;
  style_id: string;
  /** 1 for the product's first revision, +1 per publication. */
  product_rev: number;
  run_id: string;
  snapshot: VariantSnapshot;
}>;
export type ProductOnlineSet = DomainEvent<'pmc.product-online-set', ProductKey & {
  product_rev: number;
  previous_rev: number | null;
  cause: OnlineCause;
  /** The content now online (the revision's snapshot). */
  snapshot: VariantSnapshot;
}>;
export type ProductOnlineCleared = DomainEvent<'pmc.product-online-cleared', ProductKey & { previous_rev: number }>;
export type ProductEvent = ProductRevisionPublished | ProductOnlineSet | ProductOnlineCleared;

const stream = '<org_guid>/pmc.product/prd:<channel_code>:<variant_id>';
const str = { type: 'string' };
const key = { product_id: str, channel_code: str, variant_id: str };
const rev = { type: 'integer', minimum: 1 };

export const productEvents = [
  defineEvent({
    type: 'pmc.product-revision-published',
    version: 1,
    description: 'A publish run wrote a new revision of a product (a variant on a channel): the variant snapshot taken when the run started. The first revision creates the product.',
    stream,
    schema: {
      type: 'object',
      required: ['product_id', 'channel_code', 'variant_id', 'org_guid', 'channel_guid', 'style_id', 'product_rev', 'run_id', 'snapshot'],
      properties: { ...key, org_guid: str, channel_guid: str, style_id: str, product_rev: rev, run_id: str, snapshot: variantSnapshotSchema },
    },
  }),
  defineEvent({
    type: 'pmc.product-online-set',
    version: 1,
    description: 'The product is online at `product_rev` (its one online revision), moved from `previous_rev` (null: it was offline).',
    stream,
    schema: {
      type: 'object',
      required: ['product_id', 'channel_code', 'variant_id', 'product_rev', 'previous_rev', 'cause', 'snapshot'],
      properties: {
        ...key, product_rev: rev, previous_rev: { type: ['integer', 'null'] }, cause: { enum: ['publish', 'online-set', 'pointer-set'] }, snapshot: variantSnapshotSchema,
      },
    },
  }),
  defineEvent({
    type: 'pmc.product-online-cleared',
    version: 1,
    description: 'The product was taken offline; it was online at `previous_rev`. Its revisions remain.',
    stream,
    schema: { type: 'object', required: ['product_id', 'channel_code', 'variant_id', 'previous_rev'], properties: { ...key, previous_rev: rev } },
  }),
];

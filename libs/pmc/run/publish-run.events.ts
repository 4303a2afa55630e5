import { defineEvent, DomainEvent } from '@g3n/es';
import type { PublishRules } from '../profile/publish-profile.events';
import { VariantSnapshot, variantSnapshotSchema } from '../shared/variant-snapshot';

/** Which variants a run considers: one of these, or none for every variant of the org. */
export type RunSelector = {
  style_id: string | null;
  variant_id: string | null;
  category_id: string | null;
  brand_id: string | null;
};

export type RunItem = {
  variant_id: string;
  style_id: string;
  product_id: string;
  snapshot: VariantSnapshot;
};

export type IneligibleVariant = {
  variant_id: string;
  style_id: string;
  reasons: string[];
};

export type PublishedItem = {
  variant_id: string;
  product_id: string;
  product_rev: number;
};

export type RunStatus = 'pending' | 'running' | 'completed' | 'cancelled';

export type PublishRunStarted = DomainEvent<'pmc.publish-run-started', {
  run_id: string;
  org_guid: string;
  channel_code: string;
  channel_guid: string;
  selector: RunSelector;
  /** True: each revision the run publishes goes online at once. */
  set_online: boolean;
  profile: PublishRules & { profile_revision: number };
  items: RunItem[];
  ineligible: IneligibleVariant[];
}>;
export type PublishRunStepped = DomainEvent<'pmc.publish-run-stepped', { run_id: string; published: PublishedItem[]; pending_count: number }>;
export type PublishRunCompleted = DomainEvent<'pmc.publish-run-completed', { run_id: string; published_count: number }>;
export type PublishRunCancelled = DomainEvent<'pmc.publish-run-cancelled', { run_id: string; from: RunStatus; pending_count: number }>;
export type PublishRunEvent = PublishRunStarted | PublishRunStepped | PublishRunCompleted | PublishRunCancelled;

const stream = '<org_guid>/pmc.publish-run/<run_id>';
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const int = { type: 'integer', minimum: 0 };
const published = { type: 'array', items: { type: 'object', required: ['variant_id', 'product_id', 'product_rev'], properties: { variant_id: str, product_id: str, product_rev: int } } };

export const publishRunEvents = [
  defineEvent({
    type: 'pmc.publish-run-started',
    version: 1,
    description: 'A publish run started for a channel: the eligible variants of its selector, each with the snapshot it will publish, and the ineligible ones with their reasons.',
    stream,
    schema: {
      type: 'object',
      required: ['run_id', 'org_guid', 'channel_code', 'channel_guid', 'selector', 'set_online', 'profile', 'items', 'ineligible'],
      properties: {
        run_id: str, org_guid: str, channel_code: str, channel_guid: str, set_online: { type: 'boolean' },
        selector: { type: 'object', properties: { style_id: nullableStr, variant_id: nullableStr, category_id: nullableStr, brand_id: nullableStr } },
        profile: { type: 'object', properties: { required_sku: { type: 'boolean' }, required_identifier_types: { type: 'array', items: str }, profile_revision: int } },
        items: { type: 'array', items: { type: 'object', required: ['variant_id', 'style_id', 'product_id', 'snapshot'], properties: { variant_id: str, style_id: str, product_id: str, snapshot: variantSnapshotSchema } } },
        ineligible: { type: 'array', items: { type: 'object', properties: { variant_id: str, style_id: str, reasons: { type: 'array', items: str } } } },
      },
    },
  }),
  defineEvent({
    type: 'pmc.publish-run-stepped',
    version: 1,
    description: 'A step of a publish run published these variants (a product revision each); `pending_count` are still to publish.',
    stream,
    schema: { type: 'object', required: ['run_id', 'published', 'pending_count'], properties: { run_id: str, published, pending_count: int } },
  }),
  defineEvent({
    type: 'pmc.publish-run-completed',
    version: 1,
    description: 'Every eligible variant of the run is published.',
    stream,
    schema: { type: 'object', required: ['run_id', 'published_count'], properties: { run_id: str, published_count: int } },
  }),
  defineEvent({
    type: 'pmc.publish-run-cancelled',
    version: 1,
    description: 'A run was cancelled before completing; what it published stays published, the `pending_count` rest is not.',
    stream,
    schema: { type: 'object', required: ['run_id', 'from', 'pending_count'], properties: { run_id: str, from: { enum: ['pending', 'running'] }, pending_count: int } },
  }),
];

import { defineEvent, DomainEvent } from '@g3n/es';
import type { ActiveStatus } from '../shared/status';

export type SalesChannelDetails = {
  caption: string;
  /** ISO 3166-1 alpha-2 market. */
  market_code: string;
  /** Canonical BCP 47 tags, at least one. */
  locale_codes: string[];
  default_locale_code: string | null;
  /** ISO 4217. */
  default_currency: string | null;
  /** The logical facility that fulfils the channel (walkthrough 3), if any. */
  logical_guid: string | null;
};

export type ConfigBlob = {
  version: number;
  key: string;
  etag: string;
  size: number;
  content_type: string;
  /** The S3 bucket in production; null on the embedded file store. */
  bucket: string | null;
};

export type SalesChannelCreated = DomainEvent<'ofm.sales-channel-created', { channel_guid: string; org_guid: string; channel_code: string } & SalesChannelDetails>;
export type SalesChannelUpdated = DomainEvent<'ofm.sales-channel-updated', { channel_guid: string; changes: Partial<SalesChannelDetails> }>;
export type SalesChannelStatusChanged = DomainEvent<'ofm.sales-channel-status-changed', { channel_guid: string; from: ActiveStatus; to: ActiveStatus }>;
export type SalesChannelConfigPresigned = DomainEvent<'ofm.sales-channel-config-presigned', { channel_guid: string; version: number; key: string; expires_at: string }>;
export type SalesChannelConfigCompleted = DomainEvent<'ofm.sales-channel-config-completed', { channel_guid: string } & ConfigBlob>;
export type SalesChannelEvent = SalesChannelCreated | SalesChannelUpdated | SalesChannelStatusChanged | SalesChannelConfigPresigned | SalesChannelConfigCompleted;

const stream = '<org_guid>/ofm.sales-channel/<channel_guid>';
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const details = {
  caption: str, market_code: { type: 'string', pattern: '^[A-Z]{2}$' }, locale_codes: { type: 'array', items: str, minItems: 1 },
  default_locale_code: nullableStr, default_currency: nullableStr, logical_guid: nullableStr,
};

export const salesChannelEvents = [
  defineEvent({
    type: 'ofm.sales-channel-created',
    version: 1,
    description: 'A sales channel (pos, web, marketplace, …) was declared, active, with its market and locales.',
    stream,
    schema: { type: 'object', required: ['channel_guid', 'org_guid', 'channel_code', ...Object.keys(details)], properties: { channel_guid: str, org_guid: str, channel_code: str, ...details } },
  }),
  defineEvent({
    type: 'ofm.sales-channel-updated',
    version: 1,
    description: 'Caption, market, locales, currency or logical facility of a sales channel changed; `changes` holds the new values.',
    stream,
    schema: { type: 'object', required: ['channel_guid', 'changes'], properties: { channel_guid: str, changes: { type: 'object', properties: details } } },
  }),
  defineEvent({
    type: 'ofm.sales-channel-status-changed',
    version: 1,
    description: 'A sales channel was activated or deactivated.',
    stream,
    schema: { type: 'object', required: ['channel_guid', 'from', 'to'], properties: { channel_guid: str, from: { enum: ['active', 'inactive'] }, to: { enum: ['active', 'inactive'] } } },
  }),
  defineEvent({
    type: 'ofm.sales-channel-config-presigned',
    version: 1,
    description: 'An upload URL for config version `version` was handed out (the URL itself is never recorded).',
    stream,
    schema: { type: 'object', required: ['channel_guid', 'version', 'key', 'expires_at'], properties: { channel_guid: str, version: { type: 'integer', minimum: 1 }, key: str, expires_at: str } },
  }),
  defineEvent({
    type: 'ofm.sales-channel-config-completed',
    version: 1,
    description: 'Config version `version` was uploaded and is now the channel\'s config: key, etag and size of the stored JSON file.',
    stream,
    schema: {
      type: 'object',
      required: ['channel_guid', 'version', 'key', 'etag', 'size', 'content_type', 'bucket'],
      properties: { channel_guid: str, version: { type: 'integer', minimum: 1 }, key: str, etag: str, size: { type: 'integer' }, content_type: str, bucket: nullableStr },
    },
  }),
];

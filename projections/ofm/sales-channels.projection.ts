import type { ProjectionDefinition } from '@g3n/es';
import { createdFields, RecordDoc, str, touched } from './facility-docs';

export const OFM_SALES_CHANNELS = 'ofm_sales_channels';

export interface SalesChannelDoc extends RecordDoc {
  channel_guid: string;
  channel_code: string;
  caption: string;
  market_code: string;
  locale_codes: string[];
  default_locale_code: string | null;
  default_currency: string | null;
  logical_guid: string | null;
  /** The current config (walkthrough 3's pointer fields); all null until a config is completed. */
  config_version: number | null;
  config_s3_key: string | null;
  config_s3_bucket: string | null;
  /** Object versioning is not used: each config version has its own key, so this stays null. */
  config_s3_version_id: string | null;
  config_etag: string | null;
  config_size: number | null;
  config_completed_at: string | null;
  /** Highest version handed out by presign and not completed yet, if any. */
  config_pending_version: number | null;
}

const noConfig = {
  config_version: null, config_s3_key: null, config_s3_bucket: null, config_s3_version_id: null, config_etag: null, config_size: null,
  config_completed_at: null, config_pending_version: null,
};

/** Sales channels by channel_guid; lists by org, status and channel_code; resolve by channel_code. */
export const ofmSalesChannelsProjection: ProjectionDefinition = {
  name: 'ofm.sales-channels',
  version: 1,
  collections: [{ name: OFM_SALES_CHANNELS, indexes: [{ fields: ['org_guid', 'channel_code'] }, { fields: ['org_guid', 'status', 'channel_code'] }] }],
  handlers: {
    'ofm.sales-channel-created': (e, ctx) => {
      const d = e.data as Pick<SalesChannelDoc, 'channel_guid' | 'org_guid' | 'channel_code' | 'caption' | 'market_code' | 'locale_codes' | 'default_locale_code' | 'default_currency' | 'logical_guid'>;
      ctx.put<SalesChannelDoc>(OFM_SALES_CHANNELS, { _id: d.channel_guid, ...d, ...noConfig, ...createdFields(e) });
    },
    'ofm.sales-channel-updated': (e, ctx) =>
      ctx.update<SalesChannelDoc>(OFM_SALES_CHANNELS, str(e.data.channel_guid), (doc) => touched(doc, e, e.data.changes as Partial<SalesChannelDoc>)),
    'ofm.sales-channel-status-changed': (e, ctx) =>
      ctx.update<SalesChannelDoc>(OFM_SALES_CHANNELS, str(e.data.channel_guid), (doc) => touched(doc, e, { status: str(e.data.to) })),
    'ofm.sales-channel-config-presigned': (e, ctx) =>
      ctx.update<SalesChannelDoc>(OFM_SALES_CHANNELS, str(e.data.channel_guid), (doc) => touched(doc, e, { config_pending_version: Number(e.data.version) })),
    'ofm.sales-channel-config-completed': (e, ctx) =>
      ctx.update<SalesChannelDoc>(OFM_SALES_CHANNELS, str(e.data.channel_guid), (doc) => {
        const version = Number(e.data.version);
        const pending = doc?.config_pending_version != null && doc.config_pending_version > version ? doc.config_pending_version : null;
        return touched(doc, e, {
          config_version: version, config_s3_key: str(e.data.key), config_s3_bucket: (e.data.bucket as string | null) ?? null,
          config_etag: str(e.data.etag), config_size: Number(e.data.size), config_completed_at: e.metadata.occurred_at, config_pending_version: pending,
        });
      }),
  },
};

import type { Doc } from '@g3n/docstore';
import { ProjectionContext } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { ofmSalesChannelsProjection, OFM_SALES_CHANNELS } from './sales-channels.projection';
import { ofmZonesProjection, OFM_ZONES } from './zones.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, revision: number): RecordedEvent => {
  position += 1;
  return {
    type, data, revision, position, stream: 'org1/x/y', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, actor: 'user:u1', occurred_at: `2026-01-01T00:00:0${position % 10}.000Z`, schema_version: 1 },
  };
};

async function run(definition: typeof ofmZonesProjection, events: RecordedEvent[]): Promise<ProjectionContext> {
  const physical = Object.fromEntries(definition.collections.map((c) => [c.name, `${c.name}__g1`]));
  const ctx = new ProjectionContext({ get: async () => null }, physical);
  for (const e of events) {
    ctx.position = e.position;
    await definition.handlers[e.type](e, ctx);
  }
  return ctx;
}

describe('ofm.zones projection', () => {
  it('gives each zone its own revision although the tree shares one stream', async () => {
    const zone = (zone_guid: string, parent_zone_guid: string | null, code: string, rev: number) =>
      event('ofm.zone-created', { zone_guid, org_guid: 'org1', logical_guid: 'log_1', parent_zone_guid, code, caption: code }, rev);
    const ctx = await run(ofmZonesProjection, [
      zone('zon_root', null, 'ROOT', 0),
      zone('zon_a', 'zon_root', 'A', 1),
      event('ofm.zone-status-changed', { zone_guid: 'zon_a', logical_guid: 'log_1', from: 'active', to: 'inactive' }, 2),
      zone('zon_b', 'zon_root', 'B', 3),
    ]);
    const a = await ctx.get<Doc>(OFM_ZONES, 'zon_a');
    const b = await ctx.get<Doc>(OFM_ZONES, 'zon_b');
    const root = await ctx.get<Doc>(OFM_ZONES, 'zon_root');
    expect(a).toMatchObject({ status: 'inactive', revision: 1, is_root: false });
    expect(b).toMatchObject({ status: 'active', revision: 0 });
    expect(root).toMatchObject({ is_root: true, parent_zone_guid: null, revision: 0 });
  });
});

describe('ofm.sales-channels projection', () => {
  it('keeps the config pointer and the pending version', async () => {
    const created = event('ofm.sales-channel-created', {
      channel_guid: 'chn_1', org_guid: 'org1', channel_code: 'web', caption: 'Web', market_code: 'US', locale_codes: ['en-US'],
      default_locale_code: null, default_currency: null, logical_guid: null,
    }, 0);
    const presigned = (version: number, rev: number) => event('ofm.sales-channel-config-presigned', { channel_guid: 'chn_1', version, key: `k${version}`, expires_at: 'x' }, rev);
    const completed = event('ofm.sales-channel-config-completed', { channel_guid: 'chn_1', version: 1, key: 'k1', etag: '"e"', size: 2, content_type: 'application/json', bucket: null }, 3);
    const ctx = await run(ofmSalesChannelsProjection, [created, presigned(1, 1), presigned(2, 2), completed]);
    expect(await ctx.get<Doc>(OFM_SALES_CHANNELS, 'chn_1')).toMatchObject({
      config_version: 1, config_s3_key: 'k1', config_etag: '"e"', config_pending_version: 2, revision: 3, created_at: created.metadata.occurred_at,
    });
  });
});

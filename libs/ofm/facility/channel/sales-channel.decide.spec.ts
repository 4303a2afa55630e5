import { given } from '@g3n/es';
import { configKey, salesChannelDecider as decider, UploadedConfig } from './sales-channel.decide';
import type { SalesChannelEvent } from './sales-channel.events';

const details = { caption: 'US Web', market_code: 'US', locale_codes: ['en-US'], default_locale_code: 'en-US', default_currency: 'USD', logical_guid: null };
const created: SalesChannelEvent = { type: 'ofm.sales-channel-created', data: { channel_guid: 'chn_1', org_guid: 'org1', channel_code: 'web', ...details } };
const key1 = configKey('org1', 'chn_1', 1);
const presigned = (version: number): SalesChannelEvent => ({
  type: 'ofm.sales-channel-config-presigned', data: { channel_guid: 'chn_1', version, key: configKey('org1', 'chn_1', version), expires_at: '2026-01-01T00:15:00.000Z' },
});
const file: UploadedConfig = { etag: '"abc"', size: 20, content_type: 'application/json', parses_as_json: true };
const completed = (version: number): SalesChannelEvent => ({
  type: 'ofm.sales-channel-config-completed',
  data: { channel_guid: 'chn_1', version, key: configKey('org1', 'chn_1', version), etag: '"abc"', size: 20, content_type: 'application/json', bucket: null },
});
const complete = (version: number, uploaded: UploadedConfig | null = file) => ({ kind: 'complete-config' as const, version, uploaded, bucket: null });

describe('sales channel decider', () => {
  it('creates a channel once', () => {
    given(decider, []).when({ kind: 'create', channel_guid: 'chn_1', org_guid: 'org1', channel_code: 'web', logical: null, ...details }).then([created]);
    given(decider, [created]).when({ kind: 'create', channel_guid: 'chn_1', org_guid: 'org1', channel_code: 'web', logical: null, ...details }).thenRejects('invalid-state', 'sales-channel-exists');
  });

  it('wants the default locale among the locales, and a usable logical facility when one is named', () => {
    const base = { kind: 'create' as const, channel_guid: 'chn_1', org_guid: 'org1', channel_code: 'web', ...details };
    given(decider, []).when({ ...base, default_locale_code: 'fr-FR', logical: null }).thenRejects('validation-error', 'default-locale-not-listed');
    given(decider, []).when({ ...base, logical_guid: 'log_1', logical: null }).thenRejects('not-found', 'logical-facility-not-found');
    given(decider, []).when({ ...base, logical_guid: 'log_1', logical: { status: 'inactive' } }).thenRejects('invalid-state', 'logical-facility-inactive');
  });

  it('updates locales coherently', () => {
    given(decider, [created]).when({ kind: 'update', changes: { locale_codes: ['fr-FR'] }, logical: null }).thenRejects('validation-error', 'default-locale-not-listed');
    given(decider, [created])
      .when({ kind: 'update', changes: { locale_codes: ['en-US', 'es-US'] }, logical: null })
      .then([{ type: 'ofm.sales-channel-updated', data: { channel_guid: 'chn_1', changes: { locale_codes: ['en-US', 'es-US'] } } }]);
  });

  it('hands out a new config version on every presign', () => {
    given(decider, [created]).when({ kind: 'presign-config', expires_at: '2026-01-01T00:15:00.000Z' }).then([presigned(1)]);
    given(decider, [created, presigned(1)]).when({ kind: 'presign-config', expires_at: '2026-01-01T00:15:00.000Z' }).then([presigned(2)]);
  });

  it('completes an uploaded version and records key, version and etag', () => {
    given(decider, [created, presigned(1)]).when(complete(1)).then([completed(1)]);
    given(decider, [created, presigned(1)]).when(complete(1)).thenState((s) => expect(s.config).toMatchObject({ version: 1, key: key1, etag: '"abc"' }));
    given(decider, [created, presigned(1), completed(1)]).when(complete(1)).then([]);
  });

  it('refuses completing before the upload, an unknown version, a stale version, or a bad file', () => {
    given(decider, [created, presigned(1)]).when(complete(1, null)).thenRejects('invalid-state', 'config-not-uploaded');
    given(decider, [created]).when(complete(1)).thenRejects('not-found', 'config-version-not-found');
    given(decider, [created, presigned(1), presigned(2), completed(2)]).when(complete(1)).thenRejects('invalid-state', 'config-version-superseded');
    given(decider, [created, presigned(1)]).when(complete(1, { ...file, parses_as_json: false })).thenRejects('invalid-state', 'config-not-json');
    given(decider, [created, presigned(1)]).when(complete(1, { ...file, size: 2 * 1024 * 1024 })).thenRejects('invalid-state', 'config-too-large');
    given(decider, [created, presigned(1)]).when({ ...complete(1), key: 'other/key.json' }).thenRejects('validation-error', 'config-key-mismatch');
  });

  it('deactivates', () => {
    given(decider, [created])
      .when({ kind: 'set-status', status: 'inactive' })
      .then([{ type: 'ofm.sales-channel-status-changed', data: { channel_guid: 'chn_1', from: 'active', to: 'inactive' } }]);
  });
});

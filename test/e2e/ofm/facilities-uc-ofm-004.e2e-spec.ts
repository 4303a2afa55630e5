// UC-OFM-004: declare a sales channel, upload its config through a presigned URL, complete, resolve.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-OFM-004 sales channel and config upload', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'owner-uc-ofm-004@example.com');
    headers = (await createOrg(h, owner)).headers;
  });
  afterAll(() => h.close());

  /** The embedded blob store's presigned URLs are routes of the API itself. */
  async function upload(upload: { upload_url: string; headers: Record<string, string> }, payload: string) {
    const url = new URL(upload.upload_url);
    return h.app.getHttpAdapter().getInstance().inject({ method: 'PUT', url: url.pathname + url.search, headers: upload.headers, payload });
  }

  it('creates, presigns, uploads, completes and resolves', async () => {
    const created = await h.ok('/ofm/sales-channel/create', {
      channel_code: 'WEB', market_code: 'US', locale_codes: ['en-us', 'es-US'], default_locale_code: 'en-US', default_currency: 'USD', caption: 'US Web',
    }, headers);
    const channel = created.sales_channel;
    expect(channel).toMatchObject({ channel_code: 'web', locale_codes: ['en-US', 'es-US'], status: 'active', revision: 0, config_s3_key: null });

    const presigned = await h.ok('/ofm/sales-channel/config/presign', { channel_guid: channel.channel_guid, expected_revision: 0 }, headers);
    const up = presigned.upload;
    expect(up).toMatchObject({ method: 'PUT', version: 1, revision: 1, headers: { 'content-type': 'application/json' } });
    expect(up.key).toBe(`${channel.org_guid}/ofm/sales-channel/${channel.channel_guid}/config/v1.json`);

    const early = await h.post('/ofm/sales-channel/config/complete', { channel_guid: channel.channel_guid, version: 1 }, headers);
    expect(early.status).toBe(409);
    expect(early.body.error.minor.tag).toBe('config-not-uploaded');

    const put = await upload(up, JSON.stringify({ checkout: { guest: true } }));
    expect(put.statusCode).toBe(200);

    const completed = await h.ok('/ofm/sales-channel/config/complete', { channel_guid: channel.channel_guid, version: 1, expected_revision: 1 }, headers);
    expect(completed.sales_channel).toMatchObject({ config_version: 1, config_s3_key: up.key, config_etag: put.headers.etag, revision: 2, config_pending_version: null });

    const got = await h.ok('/ofm/sales-channel/get', { channel_guid: channel.channel_guid }, headers);
    expect(got.sales_channel).toMatchObject({ config_version: 1, config_s3_key: up.key, config_etag: expect.stringMatching(/^".+"$/) });

    const resolved = await h.ok('/ofm/sales-channel/resolve', { channel_code: 'WEB' }, headers);
    expect(resolved.sales_channel.channel_guid).toBe(channel.channel_guid);
  });

  it('refuses a file that is not JSON, and accepts complete by config_s3_key', async () => {
    const channel = (await h.ok('/ofm/sales-channel/create', { channel_code: 'pos', market_code: 'CA', locale_codes: ['fr-CA'] }, headers)).sales_channel;
    const first = (await h.ok('/ofm/sales-channel/config/presign', { channel_guid: channel.channel_guid }, headers)).upload;
    await upload(first, 'not json');
    const bad = await h.post('/ofm/sales-channel/config/complete', { channel_guid: channel.channel_guid, version: 1 }, headers);
    expect(bad.body.error.minor.tag).toBe('config-not-json');
    const second = (await h.ok('/ofm/sales-channel/config/presign', { channel_guid: channel.channel_guid }, headers)).upload;
    expect(second.version).toBe(2);
    await upload(second, '{"ok":true}');
    const done = await h.ok('/ofm/sales-channel/config/complete', { channel_guid: channel.channel_guid, config_s3_key: second.key }, headers);
    expect(done.sales_channel).toMatchObject({ config_version: 2, config_s3_key: second.key });
  });

  it('keeps channel codes unique, validates market and locales, and pins updates', async () => {
    const dup = await h.post('/ofm/sales-channel/create', { channel_code: 'web', market_code: 'US', locale_codes: ['en-US'] }, headers);
    expect(dup.status).toBe(409);
    expect(dup.body.error.minor.tag).toBe('duplicate-code');
    const bad = await h.post('/ofm/sales-channel/create', { channel_code: 'x', market_code: 'EU', locale_codes: ['en_US'], default_currency: 'usd' }, headers);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['channel_code', 'market_code', 'locale_codes', 'default_currency']));
    const notListed = await h.post('/ofm/sales-channel/create', { channel_code: 'app', market_code: 'US', locale_codes: ['en-US'], default_locale_code: 'fr-FR' }, headers);
    expect(notListed.body.error.minor.tag).toBe('default-locale-not-listed');

    const channel = (await h.ok('/ofm/sales-channel/resolve', { channel_code: 'web' }, headers)).sales_channel;
    expect((await h.post('/ofm/sales-channel/status', { channel_guid: channel.channel_guid, status: 'inactive' }, headers)).status).toBe(428);
    const stale = await h.post('/ofm/sales-channel/update', { channel_guid: channel.channel_guid, caption: 'Web', expected_revision: 0 }, headers);
    expect(stale.status).toBe(409);
    const off = await h.ok('/ofm/sales-channel/status', { channel_guid: channel.channel_guid, status: 'inactive', expected_revision: channel.revision }, headers);
    expect(off.sales_channel.status).toBe('inactive');
    const active = await h.ok('/ofm/sales-channel/list', { status: 'active' }, headers);
    expect(active.items.map((c: { channel_code: string }) => c.channel_code)).toEqual(['pos']);
  });
});

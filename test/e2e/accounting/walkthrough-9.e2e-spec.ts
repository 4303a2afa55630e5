/** Walkthrough 9: export financial events → get until completed → download the NDJSON and check it against the manifest. */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { download, eventually, placeOrder, sha256 } from './support';

describe('accounting walkthrough 9: financial events export', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h?.close());

  it('exports the org\'s financial events from the log into NDJSON, CSV and a manifest with checksums', async () => {
    const org = await createOrg(h, await userWithSession(h, 'acc-w9@example.com'));
    const other = await createOrg(h, await userWithSession(h, 'acc-w9-other@example.com'));
    const headers = org.headers;
    await placeOrder(h, headers);
    await placeOrder(h, other.headers);

    const created = await h.ok('/accounting/export/create', { export_kind: 'financial_events', reason: 'erp-sync', source_refs: [{ kind: 'job', id: 'sync-001' }] }, headers);
    const export_id = created.export.export_id;
    expect(created.export).toMatchObject({ export_kind: 'financial_events', reason: 'erp-sync' });
    const done = (await eventually(() => h.ok('/accounting/export/get', { export_id }, headers), (d) => d.export.status === 'completed', 'export completed')).export;

    expect(done.counts['scm.order-created']).toBe(1);
    expect(done.counts['scm.order-placed']).toBe(1);
    expect(Object.keys(done.counts).every((t: string) => /^(scm\.(order|tender|refund)|pcm\.(receipt|invoice)|crm\.(loyalty|giftcard))-/.test(t))).toBe(true);
    expect(done.download_url).toEqual(expect.any(String));

    const ndjson = await download(h, done.download_url);
    expect(ndjson.status).toBe(200);
    const manifestFile = done.files.find((f: { name: string }) => f.name === 'manifest.json');
    const manifest = JSON.parse((await download(h, manifestFile.url)).body.toString('utf8'));
    expect(sha256((await download(h, manifestFile.url)).body)).toBe(done.manifest_sha256);
    const ndjsonEntry = manifest.files.find((f: { name: string }) => f.name === 'events.ndjson');
    expect(sha256(ndjson.body)).toBe(ndjsonEntry.sha256);

    const lines = ndjson.body.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(manifest.event_count);
    const counts: Record<string, number> = {};
    for (const l of lines) counts[l.type] = (counts[l.type] ?? 0) + 1;
    expect(counts).toEqual(manifest.counts);
    expect(lines.every((l) => l.metadata.org_guid === org.org_guid)).toBe(true);
    const positions = lines.map((l) => l.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(manifest).toMatchObject({ first_position: positions[0], last_position: positions[positions.length - 1], window: { from: null, to: done.window_to } });

    const csvEntry = done.files.find((f: { name: string }) => f.name === 'events.csv');
    const csv = await download(h, csvEntry.url);
    expect(sha256(csv.body)).toBe(csvEntry.sha256);
    expect(csv.body.toString('utf8').trim().split('\r\n').length).toBe(lines.length + 1);

    // Lineage reads the same events back from the log.
    const lineage = await h.ok('/accounting/lineage/list', { export_id, limit: 200 }, headers);
    expect(lineage.items.map((i: { position: number }) => i.position)).toEqual(positions);

    // Another org cannot see it; the list shows it.
    expect((await h.post('/accounting/export/get', { export_id }, other.headers)).status).toBe(404);
    expect((await h.ok('/accounting/export/list', {}, headers)).items.map((x: { export_id: string }) => x.export_id)).toContain(export_id);
  }, 60_000);
});

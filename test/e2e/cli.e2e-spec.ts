import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openSqliteEventLog, streamName } from '@g3n/eventlog';
import { openSqliteDocumentStore } from '@g3n/docstore';
import { checkpointKey } from '@g3n/es';
import { runG3n, startServer } from '../support/processes';

function event(type: string, i: number) {
  return { type, data: { i }, metadata: { event_id: `evt_${type}_${i}`, actor: 'operator', occurred_at: '2026-01-01T00:00:00.000Z', schema_version: 1 } };
}

describe('g3n CLI: projections and audit replay', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'g3n-cli-'));
  const env = { G3N_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  beforeAll(async () => {
    const log = openSqliteEventLog({ file: join(dataDir, 'events.sqlite') });
    for (let i = 0; i < 30; i++) {
      const org = i % 3 === 0 ? 'org_b' : 'org_a';
      await log.append(streamName(org, 'demo.thing', `t${i % 5}`), [event(i % 2 ? 'demo.thing-made' : 'demo.thing-sold', i)]);
    }
    await log.close();
  });

  it('rebuilds every projection while the API keeps serving, then verify finds no difference', async () => {
    const server = await startServer(env);
    try {
      let answered = 0;
      let failed = 0;
      let polling = true;
      const poller = (async () => {
        while (polling) {
          const response = await fetch(`${server.url}/`).catch(() => null);
          if (response?.status === 200) answered++;
          else failed++;
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      const rebuild = runG3n(['projections', 'rebuild', '--all', '--grace-ms', '0'], env);
      polling = false;
      await poller;
      expect(rebuild.code).toBe(0);
      const summary = JSON.parse(rebuild.stdout.trim().split('\n').pop()!);
      expect(summary.rebuilt[0]).toMatchObject({ name: 'platform.log-stats', events: 30 });
      expect(rebuild.stderr).toContain('events/s');
      expect(failed).toBe(0);
      expect(answered).toBeGreaterThan(0);

      const list = runG3n(['projections', 'list'], env);
      expect(list.code).toBe(0);
      expect(list.stdout).toMatch(/platform\.log-stats\s+1\s+1\s+2/);
    } finally {
      await server.stop();
    }
    const status = runG3n(['projections', 'status'], env);
    expect(status.stdout).toMatch(/platform\.log-stats.*\s30\s+30\s+0/);
    const verify = runG3n(['events', 'verify'], env);
    expect(verify.code).toBe(0);
    expect(verify.stderr).toContain('OK: 0 differences');
  }, 60_000);

  it('replays one org as NDJSON with type and position filters', () => {
    const all = runG3n(['events', 'replay', '--org', 'org_b'], env);
    expect(all.code).toBe(0);
    const events = all.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events).toHaveLength(10);
    expect(events.every((e) => e.stream.startsWith('org_b/'))).toBe(true);
    expect(events.map((e) => e.position)).toEqual([...events.map((e) => e.position)].sort((a, b) => a - b));
    const sold = runG3n(['events', 'replay', '--org', 'org_b', '--type', 'demo.thing-sold', '--from', '5', '--to', '25'], env);
    const soldEvents = sold.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(soldEvents.length).toBeGreaterThan(0);
    expect(soldEvents.every((e) => e.type === 'demo.thing-sold' && e.position >= 5 && e.position <= 25)).toBe(true);
    const oneStream = runG3n(['events', 'replay', '--org', 'org_b', '--stream', 'org_b/demo.thing/t0'], env);
    expect(oneStream.stdout.trim().split('\n').every((l) => JSON.parse(l).stream === 'org_b/demo.thing/t0')).toBe(true);
    expect(runG3n(['events', 'replay'], env).code).toBe(2);
  });

  it('verify exits 1 and names the document when a read model was tampered with', async () => {
    const store = openSqliteDocumentStore({ file: join(dataDir, 'readmodels.sqlite') });
    const meta = await store.collection('_projections').get('platform.log-stats');
    const physical = (meta!.collections as Record<string, string>).platform_log_stats;
    const doc = await store.collection(physical).get('org_a');
    await store.collection(physical).upsert({ ...doc!, events: 999 });
    await store.close();
    const verify = runG3n(['events', 'verify', '--org', 'org_a'], env);
    expect(verify.code).toBe(1);
    expect(JSON.parse(verify.stdout.trim().split('\n')[0])).toMatchObject({ projection: 'platform.log-stats', id: 'org_a', kind: 'different' });
  });

  it('drops a projection this version no longer has, and refuses a registered one', async () => {
    const store = openSqliteDocumentStore({ file: join(dataDir, 'readmodels.sqlite') });
    await store.collection('old_things__g3').upsert({ _id: 't1', org_guid: 'org_a' });
    await store.collection('old_things__g2').upsert({ _id: 't1', org_guid: 'org_a' });
    await store.commitBatch([], { key: checkpointKey('old.things', 3), position: 7 });
    await store.collection('_projections').upsert({
      _id: 'old.things', version: 2, generation: 3, collections: { old_things: 'old_things__g3' }, switched_at: '2026-01-01T00:00:00.000Z',
      retired: [{ generation: 2, collections: { old_things: 'old_things__g2' }, retired_at: '2026-01-01T00:00:00.000Z' }],
    });
    const registered = await store.collection('_projections').get('platform.log-stats');
    await store.close();

    expect(runG3n(['projections', 'status'], env).stderr).toContain('old.things is in the catalog but not in this version');
    expect(runG3n(['projections', 'drop', 'platform.log-stats'], env).code).toBe(2);
    const dropped = runG3n(['projections', 'drop', 'old.things'], env);
    expect(dropped.code).toBe(0);
    expect(JSON.parse(dropped.stdout.trim())).toEqual({ dropped: 'old.things', collections: ['old_things__g3', 'old_things__g2'] });

    const after = openSqliteDocumentStore({ file: join(dataDir, 'readmodels.sqlite') });
    expect(await after.listCollections()).not.toEqual(expect.arrayContaining(['old_things__g3']));
    expect(await after.listCollections()).not.toEqual(expect.arrayContaining(['old_things__g2']));
    expect(await after.getCheckpoint(checkpointKey('old.things', 3))).toBeNull();
    expect(await after.collection('_projections').get('old.things')).toBeNull();
    expect(await after.collection('_projections').get('platform.log-stats')).toEqual(registered);
    await after.close();
    expect(runG3n(['projections', 'drop', 'old.things'], env).code).toBe(2);
    expect(runG3n(['projections', 'status'], env).stderr).not.toContain('old.things');
  });

  it('answers usage errors with exit 2', () => {
    expect(runG3n(['projections', 'rebuild', 'no.such'], env).code).toBe(2);
    expect(runG3n(['nonsense'], env).code).toBe(2);
  });
});

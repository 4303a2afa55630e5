/**
 * Core benchmark: the event log, the command runner, rebuild and verify, measured in one run beside the machine's
 * own limit (raw better-sqlite3 inserts with the same durability setting), so the ratios mean something on a noisy
 * machine. The HTTP benchmark (issue 6) builds on this.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openSqliteEventLog, streamName } from '@g3n/eventlog';
import { rebuildProjection, verifyProjections } from '@g3n/es';
import { openShelfHarness } from '../support/shelf/shelf-runtime';
import { demoEventCounter, shelfLevels } from '../support/shelf/shelf.projections';

type Sync = 'normal' | 'full';

/** Raw better-sqlite3 inserts, one transaction each: the machine's limit for one writer at this durability. */
export function rawSqliteAppendsPerSecond(dir: string, sync: Sync, seconds: number): number {
  const db = new Database(join(dir, `raw-${sync}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync.toUpperCase()}`);
  db.exec('CREATE TABLE e (position INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT, data TEXT)');
  const insert = db.prepare('INSERT INTO e (stream, data) VALUES (?, ?)');
  const one = db.transaction((i: number) => insert.run(`s${i % 64}`, JSON.stringify({ i, quantity: 1 })));
  const end = Date.now() + seconds * 1000;
  let n = 0;
  while (Date.now() < end) for (let k = 0; k < 100; k++) one(n++);
  db.close();
  return n / seconds;
}

async function logAppendsPerSecond(dir: string, sync: Sync, writers: number, seconds: number): Promise<number> {
  const log = openSqliteEventLog({ file: join(dir, `log-${sync}-${writers}.sqlite`), synchronous: sync });
  const end = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let revision = -1; Date.now() < end; revision++) {
        await log.append(streamName('org1', 'bench.item', `w${w}`), [
          { type: 'bench.item-counted', data: { w, revision }, metadata: { event_id: `e${w}-${revision}`, actor: 'bench', occurred_at: new Date().toISOString(), schema_version: 1 } },
        ], { expectedRevision: revision < 0 ? 'no_stream' : revision });
        n++;
      }
    }),
  );
  await log.close();
  return n / seconds;
}

export interface CoreBenchResult {
  baseline_sqlite_appends_per_s: number;
  log_appends_per_s_1_writer: number;
  log_appends_per_s_64_writers: number;
  log_appends_per_s_64_writers_full_sync: number;
  baseline_sqlite_appends_per_s_full_sync: number;
  ratio_log_64_to_raw_sqlite: number;
  commands_per_s_64_writers: number;
  rebuild_events_per_s: number;
  verify_events_per_s: number;
  events_in_log: number;
}

export async function runCoreBench(quick: boolean): Promise<CoreBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'g3n-bench-'));
  const seconds = quick ? 2 : 5;
  try {
    const baseline = rawSqliteAppendsPerSecond(dir, 'normal', seconds);
    const baselineFull = rawSqliteAppendsPerSecond(dir, 'full', seconds);
    const one = await logAppendsPerSecond(dir, 'normal', 1, seconds);
    const many = await logAppendsPerSecond(dir, 'normal', 64, seconds);
    const manyFull = await logAppendsPerSecond(dir, 'full', 64, seconds);

    const h = await openShelfHarness({ dataDir: join(dir, 'shelf'), withWorker: false });
    const shelves = 64;
    await Promise.all(Array.from({ length: shelves }, (_, i) => h.open(`org${i % 8}`, `s${i}`)));
    const target = quick ? 50_000 : 200_000;
    let commands = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: shelves }, async (_, i) => {
        while (commands < target) {
          await h.add(`org${i % 8}`, `s${i}`, 1);
          commands++;
        }
      }),
    );
    const commandsPerSecond = commands / ((Date.now() - started) / 1000);
    const deps = { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog, clock: h.runtime.clock };
    const rebuilt = await rebuildProjection(shelfLevels, deps, { batchSize: 5000 });
    await rebuildProjection(demoEventCounter, deps, { batchSize: 5000 });
    const verified = await verifyProjections([shelfLevels], deps);
    if (verified.differences.length) throw new Error('verify found differences after a rebuild');
    const events = await h.runtime.log.headPosition();
    await h.close();
    return {
      baseline_sqlite_appends_per_s: Math.round(baseline),
      log_appends_per_s_1_writer: Math.round(one),
      log_appends_per_s_64_writers: Math.round(many),
      log_appends_per_s_64_writers_full_sync: Math.round(manyFull),
      baseline_sqlite_appends_per_s_full_sync: Math.round(baselineFull),
      ratio_log_64_to_raw_sqlite: Number((many / baseline).toFixed(2)),
      commands_per_s_64_writers: Math.round(commandsPerSecond),
      rebuild_events_per_s: rebuilt.events_per_s,
      verify_events_per_s: verified.events_per_s,
      events_in_log: events,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

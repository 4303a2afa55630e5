/**
 * Append throughput of the embedded event log: 1 and 64 concurrent writers (each awaiting its own appends,
 * exact expected revisions), with synchronous NORMAL and FULL. Run after a build:
 *   node -r ./bin/register.js dist/test/bench/eventlog-append.bench.js [appendsPerRun]
 */
import { randomUUID } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openSqliteEventLog, SqliteSynchronous } from '@g3n/eventlog';

export interface AppendBenchResult {
  synchronous: SqliteSynchronous;
  writers: number;
  appends: number;
  appendsPerSecond: number;
  appendsPerTransaction: number;
}

export async function benchAppends(synchronous: SqliteSynchronous, writers: number, appends: number): Promise<AppendBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'g3n-bench-eventlog-'));
  const log = openSqliteEventLog({ file: join(dir, 'events.sqlite'), synchronous });
  try {
    const perWriter = Math.ceil(appends / writers);
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: writers }, async (_, writer) => {
      const stream = `bench/ics.stock/w${writer}`;
      for (let revision = 0; revision < perWriter; revision += 1) {
        await log.append(stream, [{
          type: 'ics.stock-adjusted',
          data: { sku: `SKU-${writer}`, delta: 1, location: 'LOG1' },
          metadata: { event_id: randomUUID(), actor: 'operator', occurred_at: new Date().toISOString(), schema_version: 1 },
        }], { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 });
      }
    }));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const stats = log.commitStats;
    return {
      synchronous, writers, appends: stats.appends,
      appendsPerSecond: Math.round(stats.appends / seconds),
      appendsPerTransaction: Number((stats.appends / stats.transactions).toFixed(1)),
    };
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const appends = Number(process.argv[2] ?? 20_000);
  const results: AppendBenchResult[] = [];
  for (const synchronous of ['normal', 'full'] as const) {
    for (const writers of [1, 64]) results.push(await benchAppends(synchronous, writers, appends));
  }
  console.table(results);
  for (const writers of [1, 64]) {
    const normal = results.find((result) => result.synchronous === 'normal' && result.writers === writers)!;
    const full = results.find((result) => result.synchronous === 'full' && result.writers === writers)!;
    console.log(`${writers} writer(s): NORMAL/FULL = ${(normal.appendsPerSecond / full.appendsPerSecond).toFixed(1)}x`);
  }
}

if (require.main === module) void main();

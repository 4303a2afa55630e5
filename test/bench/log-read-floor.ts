import Database from 'better-sqlite3';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { buildReadAllQuery } from '../../libs/eventlog/sqlite/sqlite-statements';

/**
 * The most any one-pass consumer of the log (rebuild, verify) can do on this machine: every event of the embedded log
 * read in pages of 5,000 in position order, the columns the adapter reads, both JSON texts parsed, nothing else. Read
 * beside `rebuild_events_per_s` and `verify_events_per_s` of the same run, it says how much of their time is reading.
 */
export function logReadFloor(dataDir: string): { events: number; per_s: number } {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    // The adapter's own unfiltered page query, so the floor reads exactly what rebuild and verify read.
    const page = db.prepare<[number], { position: number; data: string; metadata: string }>(buildReadAllQuery({}, 0, 5000).sql);
    const started = performance.now();
    let events = 0;
    let after = 0;
    for (;;) {
      const rows = page.all(after);
      if (rows.length === 0) break;
      for (const row of rows) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
      }
      events += rows.length;
      after = rows[rows.length - 1].position;
    }
    const seconds = (performance.now() - started) / 1000;
    return { events, per_s: seconds > 0 ? Math.round(events / seconds) : events };
  } finally {
    db.close();
  }
}

/**
 * Child process of the event log crash test: 32 concurrent writers, each on its own stream, append 1-3 events
 * at a time with exact expected revisions, forever, continuing from whatever the file already holds.
 * After each acknowledged (committed) append it prints one line per event: `ack <stream> <revision> <position>`.
 * The parent SIGKILLs it mid-stream and checks every acknowledged event survived.
 *   node -r bin/register.js dist/test/crash/crash-writer.js <file>
 */
import { randomUUID } from 'crypto';
import { NewEvent, openSqliteEventLog } from '@g3n/eventlog';

const WRITERS = 32;

function eventsFor(writer: number, revision: number): NewEvent[] {
  const count = 1 + ((writer + revision) % 3);
  return Array.from({ length: count }, (_, index) => ({
    type: 'ics.stock-adjusted',
    data: { writer, revision: revision + index, delta: 1 },
    metadata: { event_id: randomUUID(), actor: 'operator', occurred_at: new Date().toISOString(), schema_version: 1 },
  }));
}

async function runWriter(log: ReturnType<typeof openSqliteEventLog>, writer: number): Promise<never> {
  const stream = `crash/ics.stock/w${writer}`;
  let revision = await log.streamRevision(stream);
  for (;;) {
    const result = await log.append(stream, eventsFor(writer, revision + 1), {
      expectedRevision: revision < 0 ? 'no_stream' : revision,
    });
    const lines = result.positions.map((position, index) => `ack ${stream} ${revision + 1 + index} ${position}\n`);
    process.stdout.write(lines.join(''));
    revision = result.nextRevision;
  }
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: crash-writer <sqlite file>');
  const log = openSqliteEventLog({ file });
  process.stdout.write('ready\n');
  await Promise.all(Array.from({ length: WRITERS }, (_, writer) => runWriter(log, writer)));
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-writer failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

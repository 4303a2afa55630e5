import type { RecordedEvent } from '@g3n/eventlog';
import { verifyProjections } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { ParsedArgs, positionFlag, stringFlag, UsageError } from '../args';
import { resolveTenant, writeJsonLine } from '../cli-context';
import { fmt } from '../progress-bar';

export async function eventsCommand(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const sub = args.positionals[1];
  if (sub === 'replay') return replay(runtime, args);
  if (sub === 'verify') return verify(runtime, args);
  if (sub === 'tail') return tail(runtime, args);
  throw new UsageError('usage: g3n events replay|verify|tail [--org <orgcode>] …');
}

function line(event: RecordedEvent) {
  return {
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recorded_at: event.recorded_at,
  };
}

/** Audit replay: the org's events as NDJSON, in log order, optionally one stream, a type prefix, a position range. */
async function replay(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const org = stringFlag(args, 'org');
  if (!org) throw new UsageError('usage: g3n events replay --org <orgcode> [--stream S] [--type PREFIX] [--from POS] [--to POS]');
  const tenant = await resolveTenant(runtime, org);
  const stream = stringFlag(args, 'stream');
  const type = stringFlag(args, 'type');
  const from = positionFlag(args, 'from') ?? 0;
  const to = positionFlag(args, 'to') ?? Number.MAX_SAFE_INTEGER;
  const keep = (e: RecordedEvent) => e.position >= from && e.position <= to && (!type || e.type.startsWith(type));
  if (stream) {
    if (!stream.startsWith(`${tenant}/`)) throw new UsageError(`stream ${stream} does not belong to ${org}`);
    for (const event of await runtime.log.readStream(stream)) if (keep(event)) await writeJsonLine(line(event));
    return 0;
  }
  let after = Math.max(0, from - 1);
  for (;;) {
    const page = await runtime.log.readAll({ after, tenant, typePrefixes: type ? [type] : undefined, limit: 5000 });
    for (const event of page.events) {
      if (event.position > to) return 0;
      if (keep(event)) await writeJsonLine(line(event));
    }
    if (page.atEnd || page.next >= to) return 0;
    after = page.next;
  }
}

/**
 * Re-folds every projection in memory (one pass over the log for all) and compares with the stored read models;
 * exit 1 on any difference. `--json` adds the summary as a last JSON line; its `events` are the log events read.
 */
async function verify(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const org = stringFlag(args, 'org');
  const tenant = org ? await resolveTenant(runtime, org) : undefined;
  const report = await verifyProjections(runtime.projections, { log: runtime.log, store: runtime.store, catalog: runtime.catalog }, { tenant });
  for (const difference of report.differences) await writeJsonLine(difference);
  for (const p of report.projections) {
    process.stderr.write(`${p.name.padEnd(28)} generation ${p.generation}  checkpoint ${p.checkpoint}  ${fmt(p.events)} events  ${fmt(p.documents)} documents  ${p.differences} differences\n`);
  }
  const total = report.projections.reduce((n, p) => n + p.differences, 0);
  process.stderr.write(`${total === 0 ? 'OK' : 'DIFFERENCES'}: ${total} differences; ${fmt(report.events)} events re-folded in ${(report.duration_ms / 1000).toFixed(2)}s (${fmt(report.events_per_s)} events/s)\n`);
  if (args.flags.json === true) {
    // `--json`: the summary as the last stdout line (after any difference lines), for scripts such as the bench.
    const projections = report.projections.map((p) => ({ name: p.name, generation: p.generation, checkpoint: p.checkpoint, events: p.events, documents: p.documents, differences: p.differences }));
    await writeJsonLine({ ok: total === 0, differences: total, events: report.events, duration_ms: report.duration_ms, events_per_s: report.events_per_s, projections });
  }
  return total === 0 ? 0 : 1;
}

/** Follows the log live from its current end, as NDJSON, until interrupted. */
async function tail(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const org = stringFlag(args, 'org');
  const tenant = org ? await resolveTenant(runtime, org) : undefined;
  const from = positionFlag(args, 'from');
  const after = from !== undefined ? Math.max(0, from - 1) : await runtime.log.headPosition();
  const subscription = runtime.log.subscribe({ after, tenant }, async (events) => {
    for (const event of events) await writeJsonLine(line(event));
  });
  // On stderr, so stdout stays pure NDJSON: whoever starts a tail learns where it begins (and scripts, when it has).
  process.stderr.write(`g3n: following the log after position ${after}${org ? ` for ${org}` : ''}\n`);
  // The log's change poll is unref'd so it never holds a process open; following the log is this command's job.
  const keepAlive = setInterval(() => undefined, 60_000);
  const stop = () => void subscription.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await subscription.done;
  } finally {
    clearInterval(keepAlive);
  }
  return 0;
}

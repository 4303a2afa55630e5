import { hostname } from 'os';
import { checkpointKey, rebuildProjections } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { ParsedArgs, UsageError } from '../args';
import { fmt, ProgressBar } from '../progress-bar';

export async function projectionsCommand(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const [, sub, name] = args.positionals;
  if (sub === 'list') return list(runtime);
  if (sub === 'status') return status(runtime);
  if (sub === 'rebuild') return rebuild(runtime, name, args.flags.all === true, Number(args.flags['grace-ms'] ?? 5000));
  if (sub === 'drop') return drop(runtime, name);
  throw new UsageError('usage: g3n projections list|status|rebuild <name>|--all|drop <name>');
}

/**
 * Removes a projection this version of the code no longer has (its read models, checkpoints and catalog entry),
 * e.g. `ics.stock-card` once the stock card was read from the log. A registered projection is refused (rebuild it),
 * and so is one a worker still runs (an older version beside this one): it holds the projection's lease.
 */
async function drop(runtime: Runtime, name: string | undefined): Promise<number> {
  if (!name) throw new UsageError('usage: g3n projections drop <name>');
  if (runtime.projections.some((p) => p.name === name)) throw new UsageError(`${name} is a projection of this version: rebuild it instead of dropping it`);
  if (!(await runtime.catalog.get(name))) throw new UsageError(`no projection ${name} in the catalog`);
  const owner = `${hostname()}:${process.pid}:drop`;
  const lease = `projection:${name}`;
  if (!(await runtime.store.tryAcquireLease(lease, owner, 60_000))) {
    process.stderr.write(`g3n: a worker still runs ${name} (it holds ${lease}); stop it first\n`);
    return 1;
  }
  try {
    const collections = await runtime.catalog.forget(name, (generation) => checkpointKey(name, generation));
    process.stdout.write(`${JSON.stringify({ dropped: name, collections })}\n`);
    return 0;
  } finally {
    await runtime.store.releaseLease(lease, owner);
  }
}

async function list(runtime: Runtime): Promise<number> {
  const metas = new Map((await runtime.catalog.list()).map((m) => [m._id, m]));
  const rows = runtime.projections.map((p) => {
    const meta = metas.get(p.name);
    return {
      name: p.name,
      version: p.version,
      serving_version: meta?.version ?? null,
      generation: meta?.generation ?? null,
      collections: p.collections.map((c) => c.name).join(','),
      events: Object.keys(p.handlers).join(','),
    };
  });
  printTable(rows);
  return 0;
}

async function status(runtime: Runtime): Promise<number> {
  const head = await runtime.log.headPosition();
  const metas = new Map((await runtime.catalog.list()).map((m) => [m._id, m]));
  const reported = new Map((await runtime.catalog.statuses()).map((s) => [s._id, s]));
  const rows = [];
  for (const p of runtime.projections) {
    const meta = metas.get(p.name);
    const checkpoint = meta ? (await runtime.store.getCheckpoint(checkpointKey(p.name, meta.generation)))?.position ?? 0 : 0;
    const s = reported.get(p.name);
    const fresh = s && Date.now() - Date.parse(s.updated_at) < 30_000;
    rows.push({
      name: p.name,
      version: meta?.version ?? p.version,
      generation: meta?.generation ?? null,
      state: !meta ? 'not-built' : fresh ? s!.state : 'not-running',
      checkpoint,
      head,
      lag: Math.max(0, head - checkpoint),
      error: fresh && s!.error ? `${s!.error.message} (attempt ${s!.error.attempts}, retry ${s!.error.retry_at})` : '',
    });
  }
  printTable(rows);
  for (const name of metas.keys()) {
    if (!runtime.projections.some((p) => p.name === name)) process.stderr.write(`g3n: ${name} is in the catalog but not in this version; \`g3n projections drop ${name}\` removes its read models\n`);
  }
  return rows.some((r) => r.state === 'error') ? 1 : 0;
}

/**
 * One projection, or all of them in one pass over the log (`--all`). The last stdout line is one JSON object:
 * `rebuilt` per projection, `events` the log events read, `duration_ms` the wall time of the rebuild (before the
 * grace period), `events_per_s` their ratio.
 */
async function rebuild(runtime: Runtime, name: string | undefined, all: boolean, graceMs: number): Promise<number> {
  const targets = all ? runtime.projections : runtime.projections.filter((p) => p.name === name);
  if (!all && !name) throw new UsageError('usage: g3n projections rebuild <name>|--all');
  if (targets.length === 0) throw new UsageError(`no projection named ${name}; see g3n projections list`);
  const label = (all ? `${targets.length} projections` : targets[0].name).padEnd(28);
  const bar = new ProgressBar(label);
  const result = await rebuildProjections(
    targets,
    { log: runtime.log, store: runtime.store, catalog: runtime.catalog, clock: runtime.clock },
    { onProgress: (p) => bar.update(p.position, p.head, p.events_per_s, p.eta_s) },
  );
  bar.finish(`${fmt(result.events)} events in ${(result.duration_ms / 1000).toFixed(1)}s (${fmt(result.events_per_s)} events/s)`);
  for (const r of result.rebuilt) {
    process.stderr.write(`${r.name.padEnd(28)} generation ${r.generation} serving: ${fmt(r.events)} events\n`);
  }
  // Readers (API processes) move to the new generation within about a second; then the old one is dropped.
  await new Promise((r) => setTimeout(r, graceMs));
  for (const r of result.rebuilt) {
    await runtime.catalog.dropRetired(r.name, runtime.clock.now(), graceMs, (g) => checkpointKey(r.name, g));
  }
  process.stdout.write(`${JSON.stringify({ rebuilt: result.rebuilt, events: result.events, duration_ms: result.duration_ms, events_per_s: result.events_per_s })}\n`);
  return 0;
}

function printTable(rows: Array<Record<string, unknown>>): void {
  if (rows.length === 0) {
    process.stdout.write('(no projections)\n');
    return;
  }
  const columns = Object.keys(rows[0]);
  const cell = (v: unknown) => (v === null || v === undefined ? '-' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  process.stdout.write(`${line(columns)}\n`);
  for (const r of rows) process.stdout.write(`${line(columns.map((c) => cell(r[c])))}\n`);
}

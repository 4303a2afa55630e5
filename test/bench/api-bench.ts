/**
 * The HTTP benchmark of issue 6: the real API (bin/start.js, embedded stores, worker inline) as a child process on
 * loopback with a fresh data dir, driven by autocannon in another child process (load-client.ts), measured in one
 * run beside the machine's own limits (a bare Fastify route in its own child, raw better-sqlite3 inserts).
 *
 * Growth: the log is grown to 10 thousand and to the maximum (1 M full, 100 k quick) by appending filler events
 * (`bench.filler-appended`, tenant `benchfill`, 1000 per append) straight into the data dir's events.sqlite with the
 * SQLite EventLog adapter while the API is stopped; the API is then restarted, its worker catches up (the
 * `platform.log-stats` projection reads every event) and the write latency is measured after a warm-up.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { openSqliteEventLog, streamName } from '@g3n/eventlog';
import { writeBenchFixtures, BenchFixtures } from './api-bench-setup';
import { logReadFloor } from './log-read-floor';
import { rawSqliteAppendsPerSecond } from './core-bench';
import type { LoadResult, LoadSpec, Target } from './load-client';

export const repoRoot = join(__dirname, '..', '..', '..');
const distBench = __dirname;

/** The keys, exactly, in the order. */
export interface ApiBenchResult {
  writes_per_s: number;
  write_p50_ms: number;
  write_p99_ms: number;
  orders_per_s: number;
  baseline_fastify_rps: number;
  baseline_sqlite_appends_per_s: number;
  ratio_writes_to_fastify: number;
  read_after_write_p50_ms: number;
  read_after_write_p99_ms: number;
  cdc_http_events_per_s: number;
  rebuild_events_per_s: number;
  verify_events_per_s: number;
  append_p50_ms_at_10k: number;
  append_p50_ms_at_max: number;
  log_events_max: number;
  rss_mb_peak: number;
}

export interface ApiBenchOptions {
  quick: boolean;
  /** Directory for a `node --cpu-prof` profile of the API child during the main measuring phase. */
  cpuProfDir?: string;
  log?: (line: string) => void;
}

/** Context for people: printed in the table, kept in the results file, never in the JSON line. */
export interface ApiBenchDetails {
  [key: string]: number | string;
}

const WRITE_CONNECTIONS = 64;
/** Sequential writes before (warm-up) and during the append-latency measurement at 10 k and at the maximum. */
const APPEND_WARMUP = 500;
const APPEND_SAMPLES = 1500;

export interface Child {
  proc: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

export function startChild(nodeArgs: string[], env: Record<string, string>, ready: RegExp, timeoutMs = 60_000, cwd = repoRoot): Promise<Child> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, nodeArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], cwd });
    let stderr = '';
    let started = false;
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`child did not start: ${stderr.slice(-2000)}`));
    }, timeoutMs);
    proc.stderr!.on('data', (chunk) => {
      if (started) return; // The API logs worker lines; only the start matters, and keeping it would grow forever.
      stderr += chunk;
      const match = ready.exec(stderr);
      if (!match) return;
      started = true;
      clearTimeout(timer);
      const exited = new Promise<void>((done) => proc.once('exit', () => done()));
      resolve({
        proc,
        url: match[1],
        async stop() {
          if (proc.exitCode !== null || proc.signalCode !== null) return;
          proc.kill('SIGTERM');
          const kill = setTimeout(() => proc.kill('SIGKILL'), 30_000);
          await exited;
          clearTimeout(kill);
        },
      });
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`child exited ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

/** Peak resident set of a live process (VmHWM), in MiB; 0 once it is gone. */
function vmHwmMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs the load generator in its own process and returns its JSON result. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const limitMs = ((spec.duration ?? 0) + 120) * 1000;
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [join(distBench, 'load-client.js'), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'pipe'], cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c) => (stdout += c));
    proc.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => proc.kill('SIGKILL'), limitMs);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) return reject(new Error(`load client exited ${code}: ${stderr.slice(-2000)}`));
      if (stderr.trim()) process.stderr.write(stderr);
      resolve(JSON.parse(last) as LoadResult);
    });
  });
}

/** `node bin/g3n.js …` on the bench data dir, bounded; returns stdout's last JSON line. */
function runG3nJson(args: string[], dataDir: string, timeoutMs: number): Record<string, any> {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'g3n.js'), ...args], {
    env: { ...process.env, G3N_DATA_DIR: dataDir, G3N_THROTTLE_RPS: '0' },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 2 ** 20,
    cwd: repoRoot,
  });
  const last = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !last.startsWith('{')) throw new Error(`g3n ${args.join(' ')} exited ${result.status}: ${(result.stderr ?? '').slice(-2000)}`);
  return JSON.parse(last) as Record<string, any>;
}

async function post(url: string, path: string, body: unknown, headers: Record<string, string>): Promise<any> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const parsed = (await response.json()) as any;
  if (response.status >= 300 || parsed?.success !== true) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(parsed).slice(0, 500)}`);
  return parsed.data;
}

async function rootInfo(url: string): Promise<{ log: { head_position: number }; projections: Array<{ name: string; lag: number; state: string }> }> {
  const response = await fetch(`${url}/`);
  return (await response.json()) as any;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (bounded) until every projection of the API's worker has caught up with the log; returns the seconds it took. */
export async function waitForCatchUp(url: string, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const info = await rootInfo(url);
    if (info.projections.every((p) => p.lag === 0)) return (Date.now() - started) / 1000;
    await sleep(250);
  }
  throw new Error(`the API's projections did not catch up within ${limitMs / 1000}s`);
}

/** Appends filler events until the log holds `total` events (API stopped); returns events/s of the growth. */
async function growLog(dataDir: string, total: number): Promise<{ head: number; per_s: number }> {
  const log = openSqliteEventLog({ file: join(dataDir, 'events.sqlite'), synchronous: 'normal' });
  try {
    let head = await log.headPosition();
    const started = performance.now();
    const from = head;
    let batch = 0;
    const occurred_at = new Date().toISOString();
    while (head < total) {
      const n = Math.min(1000, total - head);
      const stream = streamName('benchfill', 'bench.filler', `s${head}`);
      const events = Array.from({ length: n }, (_, i) => ({
        type: 'bench.filler-appended',
        data: { n: head + i, qty_delta: 1, note: 'log growth for the API bench' },
        metadata: { event_id: `fill-${head + i}-${process.pid}`, actor: 'bench', occurred_at, schema_version: 1 },
      }));
      await log.append(stream, events, { expectedRevision: 'no_stream' });
      head = await log.headPosition();
      batch++;
    }
    const seconds = (performance.now() - started) / 1000;
    return { head, per_s: batch ? Math.round((head - from) / seconds) : 0 };
  } finally {
    await log.close();
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** From a 2xx write to the new quantity in /ics/stock/get: one client, write then poll, `samples` times. */
async function readAfterWrite(url: string, headers: Record<string, string>, target: Target, samples: number): Promise<{ p50: number; p99: number; timeouts: number }> {
  const latencies: number[] = [];
  let timeouts = 0;
  for (let i = 0; i < samples; i++) {
    const written = await post(url, '/ics/adjustment/create', { ...target, qty_delta: 1, reason: 'bench read-after-write' }, headers);
    const t0 = performance.now();
    const expectedRevision = written.stock.revision as number;
    const deadline = t0 + 5000;
    let seen = false;
    while (performance.now() < deadline) {
      const read = await post(url, '/ics/stock/get', target, headers);
      if (read.stock.revision >= expectedRevision) {
        seen = true;
        break;
      }
    }
    if (!seen) timeouts++;
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  return { p50: round2(percentile(latencies, 50)), p99: round2(percentile(latencies, 99)), timeouts };
}

/** Pages /ipm/cdc/list with limit 1000 over the org's whole log. */
export async function cdcPaging(url: string, headers: Record<string, string>, maxPages: number): Promise<{ events: number; per_s: number; pages: number }> {
  let cursor: string | undefined;
  let events = 0;
  let pages = 0;
  const started = performance.now();
  for (; pages < maxPages; ) {
    const page = await post(url, '/ipm/cdc/list', { limit: 1000, ...(cursor ? { cursor } : {}) }, headers);
    pages++;
    events += page.items.length;
    cursor = page.next_cursor;
    if (!page.has_more) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return { events, pages, per_s: Math.round(events / seconds) };
}

export async function runApiBench(options: ApiBenchOptions): Promise<{ result: ApiBenchResult; details: ApiBenchDetails }> {
  const { quick } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`bench: ${line}\n`));
  const seconds = quick ? 5 : 20;
  const maxEvents = quick ? 100_000 : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'g3n-api-bench-'));
  const dataDir = join(dir, 'data');
  const details: ApiBenchDetails = {};
  let rssPeak = 0;
  const apiEnv = { G3N_DATA_DIR: dataDir, G3N_THROTTLE_RPS: '0', PORT: '0', HOST: '127.0.0.1' };
  let api: Child | undefined;
  let sampler: NodeJS.Timeout | undefined;
  const startApi = async (cpuProf: boolean): Promise<Child> => {
    const nodeArgs = cpuProf && options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
    const child = await startChild([...nodeArgs, join(repoRoot, 'bin', 'start.js')], apiEnv, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    sampler = setInterval(() => (rssPeak = Math.max(rssPeak, vmHwmMb(child.proc.pid))), 500);
    return child;
  };
  let apiRuns = 0;
  const stopApi = async () => {
    if (!api) return;
    const hwm = vmHwmMb(api.proc.pid);
    details[`rss_mb_peak_api_run_${++apiRuns}`] = Math.round(hwm);
    rssPeak = Math.max(rssPeak, hwm);
    clearInterval(sampler);
    await api.stop();
    api = undefined;
  };
  const appendP50 = async (fixtures: BenchFixtures): Promise<{ p50: number; log_events: number }> => {
    // One client, write after write, so the figure is the write path's own latency (no queueing behind other
    // connections); timed with performance.now() because autocannon's histogram counts whole milliseconds.
    const target = fixtures.targets[0];
    const once = async () => {
      const t0 = performance.now();
      await post(api!.url, '/ics/adjustment/create', { ...target, qty_delta: 1, reason: 'bench append latency' }, fixtures.headers);
      return performance.now() - t0;
    };
    for (let i = 0; i < APPEND_WARMUP; i++) await once();
    const head = (await rootInfo(api!.url)).log.head_position;
    const latencies: number[] = [];
    for (let i = 0; i < APPEND_SAMPLES; i++) latencies.push(await once());
    latencies.sort((a, b) => a - b);
    return { p50: round2(percentile(latencies, 50)), log_events: head };
  };

  try {
    log(`raw better-sqlite3 baseline (${quick ? 2 : 5}s)`);
    const sqliteBaseline = rawSqliteAppendsPerSecond(dir, 'normal', quick ? 2 : 5);

    log('fixtures: owner, org, 4 logical facilities, 17 sellable variants, a sales channel');
    let t = performance.now();
    const fixtures = await writeBenchFixtures(dataDir, 4, 17);
    details.setup_s = round2((performance.now() - t) / 1000);
    const writeTargets = fixtures.targets.slice(0, WRITE_CONNECTIONS);
    const rawTarget = fixtures.targets[fixtures.targets.length - 1];

    log(`bare Fastify baseline: ${WRITE_CONNECTIONS} connections, ${seconds}s`);
    const baseline = await startChild([join(distBench, 'fastify-baseline.js')], {}, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    let fastify: LoadResult;
    try {
      fastify = await runLoad({ url: baseline.url, mode: 'adjust', connections: WRITE_CONNECTIONS, duration: seconds, headers: fixtures.headers, targets: writeTargets });
    } finally {
      await baseline.stop();
    }
    details.baseline_fastify_p99_ms = fastify.p99_ms;

    const grown10k = await growLog(dataDir, 10_000 - APPEND_WARMUP);
    log(`log grown to ${grown10k.head} events; starting the API`);
    api = await startApi(true);
    details.catch_up_s_10k = round2(await waitForCatchUp(api.url, 120_000));
    const at10k = await appendP50(fixtures);
    details.append_p50_log_events_10k = at10k.log_events;

    log(`writes: /ics/adjustment/create, ${WRITE_CONNECTIONS} connections, ${seconds}s`);
    const writes = await runLoad({ url: api.url, mode: 'adjust', connections: WRITE_CONNECTIONS, duration: seconds, headers: fixtures.headers, targets: writeTargets });
    details.write_non2xx = writes.non2xx + writes.errors;

    log(`orders: /scm/order/create + /scm/order/place, ${WRITE_CONNECTIONS} connections, ${seconds}s`);
    const orders = await runLoad({ url: api.url, mode: 'orders', connections: WRITE_CONNECTIONS, duration: seconds, headers: fixtures.headers, targets: writeTargets, order: fixtures.order });
    details.order_non2xx = orders.non2xx + orders.errors;
    details.order_requests_per_s = orders.per_s;

    const samples = quick ? 200 : 1000;
    log(`read-after-write: ${samples} samples`);
    details.catch_up_s_before_raw = round2(await waitForCatchUp(api.url, 300_000));
    const raw = await readAfterWrite(api.url, fixtures.headers, rawTarget, samples);
    details.read_after_write_timeouts = raw.timeouts;

    const head = (await rootInfo(api.url)).log.head_position;
    log(`CDC: paging /ipm/cdc/list over ${head} events`);
    const cdc = await cdcPaging(api.url, fixtures.headers, Math.ceil(head / 1000) + 10);
    details.cdc_events = cdc.events;
    await stopApi();

    // The ceiling of rebuild and verify on this machine, this run: the log read and parsed, nothing else.
    details.log_read_floor_events_per_s = logReadFloor(dataDir).per_s;
    log('g3n projections rebuild --all');
    const rebuilt = runG3nJson(['projections', 'rebuild', '--all', '--grace-ms', '0'], dataDir, quick ? 120_000 : 1_800_000);
    details.rebuild_events = rebuilt.events;
    log('g3n events verify --json');
    const verified = runG3nJson(['events', 'verify', '--json'], dataDir, quick ? 120_000 : 1_800_000);
    details.verify_events = verified.events;
    if (verified.differences !== 0) throw new Error(`verify found ${verified.differences} differences`);
    details.log_events_at_rebuild = head;
    details.rebuild_to_read_floor = round2(rebuilt.events_per_s / Number(details.log_read_floor_events_per_s));
    details.verify_to_read_floor = round2(verified.events_per_s / Number(details.log_read_floor_events_per_s));

    t = performance.now();
    const grown = await growLog(dataDir, maxEvents - APPEND_WARMUP);
    details.growth_events_per_s = grown.per_s;
    log(`log grown to ${grown.head} events in ${round2((performance.now() - t) / 1000)}s; restarting the API`);
    api = await startApi(false);
    details.catch_up_s_max = round2(await waitForCatchUp(api.url, quick ? 120_000 : 900_000));
    const atMax = await appendP50(fixtures);
    await stopApi();

    const result: ApiBenchResult = {
      writes_per_s: writes.per_s,
      write_p50_ms: writes.p50_ms,
      write_p99_ms: writes.p99_ms,
      orders_per_s: orders.pairs_per_s ?? 0,
      baseline_fastify_rps: fastify.per_s,
      baseline_sqlite_appends_per_s: Math.round(sqliteBaseline),
      ratio_writes_to_fastify: round2(writes.per_s / fastify.per_s),
      read_after_write_p50_ms: raw.p50,
      read_after_write_p99_ms: raw.p99,
      cdc_http_events_per_s: cdc.per_s,
      rebuild_events_per_s: rebuilt.events_per_s,
      verify_events_per_s: verified.events_per_s,
      append_p50_ms_at_10k: at10k.p50,
      append_p50_ms_at_max: atMax.p50,
      log_events_max: atMax.log_events,
      rss_mb_peak: Math.round(rssPeak),
    };
    return { result, details };
  } finally {
    await stopApi().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

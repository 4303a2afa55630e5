/**
 * A short probe of one load phase, for working on the hot path (not part of the bench's figures):
 * `node -r ./bin/register.js dist/test/bench/write-probe.js [adjust|orders|read][+…] [seconds] [--profile DIR] [--perf FILE]` sets up the
 * bench fixtures, starts the API child (profiled with `--profile`), runs the phase at 64 connections and prints one
 * JSON line: the phase's rate and latency beside the bare Fastify baseline measured in the same run.
 */
import { spawn } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { writeBenchFixtures } from './api-bench-setup';
import { cdcPaging, repoRoot, runLoad, startChild, waitForCatchUp } from './api-bench';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const profileAt = args.indexOf('--profile');
  const profileDir = profileAt >= 0 ? args.splice(profileAt, 2)[1] : undefined;
  const perfAt = args.indexOf('--perf');
  const perfFile = perfAt >= 0 ? args.splice(perfAt, 2)[1] : undefined;
  // Phases run one after the other: `adjust+orders` leaves a log like the bench's at rebuild (with G3N_PROBE_KEEP=1).
  const modes = (args[0] ?? 'adjust').split('+') as Array<'adjust' | 'orders' | 'read'>;
  const seconds = Number(args[1] ?? 5);
  const dir = mkdtempSync(join(tmpdir(), 'g3n-probe-'));
  const dataDir = join(dir, 'data');
  try {
    const fixtures = await writeBenchFixtures(dataDir, 4, 17);
    const targets = fixtures.targets.slice(0, 64);
    const baseline = await startChild([join(__dirname, 'fastify-baseline.js')], {}, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const fastify = await runLoad({ url: baseline.url, mode: 'adjust', connections: 64, duration: seconds, headers: fixtures.headers, targets }).finally(() => baseline.stop());
    const nodeArgs = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(perfFile ? ['--perf-prof', '--interpreted-frames-native-stack', '--no-logfile-per-isolate', '--logfile=v8.log'] : []), ...(process.env.G3N_PROBE_API_NODE_ARGS ?? '').split(' ').filter(Boolean)];
    const split = process.env.G3N_PROBE_SPLIT === '1';
    const worker = split ? await startChild([...(process.env.G3N_PROBE_PROFILE_WORKER ? ['--cpu-prof', `--cpu-prof-dir=${process.env.G3N_PROBE_PROFILE_WORKER}`] : []), '-r', join(repoRoot, 'bin', 'register.js'), join(repoRoot, 'dist', 'apps', 'worker', 'main.js')], { G3N_DATA_DIR: dataDir }, /(running) /) : undefined;
    const api = await startChild([...nodeArgs, join(repoRoot, 'bin', 'start.js')], { G3N_DATA_DIR: dataDir, G3N_THROTTLE_RPS: '0', PORT: '0', HOST: '127.0.0.1', ...(split ? { G3N_WORKER: 'off' } : {}) }, /listening on (http:\/\/127\.0\.0\.1:\d+)/, 60_000, perfFile ? dirname(perfFile) : undefined).catch(async (error) => {
      await worker?.stop();
      throw error;
    });
    try {
      for (const mode of modes) {
        await waitForCatchUp(api.url, 60_000);
        const workerCpuBefore = worker ? cpuMs(worker.proc.pid!) : 0;
        const cpuBefore = cpuMs(api.proc.pid!);
        const threadsBefore = threadCpuMs(api.proc.pid!);
        // `--perf FILE`: Linux perf samples the API's threads over the load phase, native SQLite and kernel time included
        // (V8's profiler charges native time to whichever JS frame called it). V8 writes its JIT dump for `perf inject`.
        const perf = perfFile ? spawn('perf', ['record', '-k', 'mono', '-F', '999', '-g', '-p', String(api.proc.pid), '-o', perfFile], { stdio: 'ignore' }) : undefined;
        const result = await runLoad({ url: api.url, mode, connections: 64, duration: seconds, headers: fixtures.headers, targets, order: fixtures.order });
        if (perf) await new Promise((done) => { perf.once('exit', done); perf.kill('SIGINT'); });
        // CPU time of the API per request: steadier than the rate on a machine shared with other work.
        const cpu_us_per_request = Math.round(((cpuMs(api.proc.pid!) - cpuBefore) * 1000) / Math.max(1, result.ok));
        // The event loop's thread against all the others (V8's GC helpers, libuv's pool, the WAL checkpointer).
        const threadsAfter = threadCpuMs(api.proc.pid!);
        const perRequest = (key: string) => Math.round((((threadsAfter.get(key) ?? 0) - (threadsBefore.get(key) ?? 0)) * 1000) / Math.max(1, result.ok));
        const threads: Record<string, number> = { event_loop: perRequest('event_loop'), other_threads: perRequest('other') };
        for (const key of threadsAfter.keys()) if (key.startsWith('thread:') && perRequest(key) > 0) threads[key.slice(7)] = perRequest(key);
        if (worker) threads.worker_process = Math.round(((cpuMs(worker.proc.pid!) - workerCpuBefore) * 1000) / Math.max(1, result.ok));
        process.stdout.write(`${JSON.stringify({ mode, ...result, cpu_us_per_request, cpu_us_per_request_by_thread: threads, fastify_per_s: fastify.per_s, ratio: Math.round((100 * result.per_s) / fastify.per_s) / 100 })}\n`);
      }
      if (args.includes('--cdc')) {
        await waitForCatchUp(api.url, 60_000);
        const before = cpuMs(api.proc.pid!);
        const cdc = await cdcPaging(api.url, fixtures.headers, 100_000);
        process.stdout.write(`${JSON.stringify({ mode: 'cdc', ...cdc, cpu_us_per_event: Math.round(((cpuMs(api.proc.pid!) - before) * 1000) / Math.max(1, cdc.events)) })}\n`);
      }
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${api.proc.pid}/status`, 'utf8'));
      process.stdout.write(`${JSON.stringify({ api_rss_mb_peak: hwm ? Math.round(Number(hwm[1]) / 1024) : null })}\n`);
    } finally {
      await api.stop();
      await worker?.stop();
      // V8 writes its JIT dump in the API's working directory (the perf file's, in this mode); perf inject reads it there.
      if (perfFile) process.stderr.write(`perf: perf inject --jit -i ${perfFile} -o ${perfFile}.jit && perf script -i ${perfFile}.jit\n`);
    }
  } finally {
    // G3N_PROBE_KEEP=1 keeps the data dir (to profile `g3n projections rebuild` or `events verify` on it).
    if (process.env.G3N_PROBE_KEEP === '1') process.stdout.write(`${JSON.stringify({ data_dir: dataDir })}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** User + system CPU time of a process (or one of its threads) so far, in ms (from /proc; clock ticks are 100 Hz). */
function cpuMs(pid: number, task = ''): number {
  const fields = readFileSync(`/proc/${pid}${task}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU ms so far of the process's main thread (`event_loop`) and of all its other threads together (`other`). */
function threadCpuMs(pid: number): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const kind = Number(tid) === pid ? 'event_loop' : 'other';
    try {
      const ms = cpuMs(pid, `/task/${tid}`);
      byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
      if (kind === 'other') {
        const name = `thread:${readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim()}`;
        byKind.set(name, (byKind.get(name) ?? 0) + ms);
      }
    } catch {
      // the thread ended meanwhile
    }
  }
  return byKind;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});

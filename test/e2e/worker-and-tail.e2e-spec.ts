import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openSqliteEventLog, streamName } from '@g3n/eventlog';
import { repoRoot, runG3n } from '../support/processes';

const event = (i: number) => ({
  type: 'demo.thing-made',
  data: { i },
  metadata: { event_id: `evt_${i}`, actor: 'operator', occurred_at: '2026-01-01T00:00:00.000Z', schema_version: 1 },
});

function spawnNode(args: string[], env: Record<string, string>) {
  const proc = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d) => (stdout += d));
  proc.stderr.on('data', (d) => (stderr += d));
  return { proc, out: () => stdout, err: () => stderr };
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('a separate worker process and g3n events tail', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'g3n-worker-'));
  const env = { G3N_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('projects events appended by another process, and tail follows them live', async () => {
    const worker = spawnNode(['-r', join(repoRoot, 'bin', 'register.js'), join(repoRoot, 'dist', 'apps', 'worker', 'main.js')], env);
    const tail = spawnNode([join(repoRoot, 'bin', 'g3n.js'), 'events', 'tail', '--org', 'org_t'], env);
    try {
      await until(() => worker.err().includes('running'), 20_000, 'the worker to start');
      // tail starts from the head at its start, and says so on stderr: append only once it has
      await until(() => tail.err().includes('following the log after position'), 20_000, 'tail to start');
      const log = openSqliteEventLog({ file: join(dataDir, 'events.sqlite') });
      for (let i = 0; i < 5; i++) await log.append(streamName(i < 3 ? 'org_t' : 'org_other', 'demo.thing', `t${i}`), [event(i)]);
      await log.close();

      await until(() => tail.out().trim().split('\n').filter(Boolean).length >= 3, 10_000, 'tail to print 3 events');
      const tailed = tail.out().trim().split('\n').map((l) => JSON.parse(l));
      expect(tailed.map((e) => e.data.i)).toEqual([0, 1, 2]);

      await until(() => /platform\.log-stats.*live\s+5\s+5\s+0/.test(runG3n(['projections', 'status'], env).stdout), 10_000, 'the worker to reach the head');
    } finally {
      tail.proc.kill('SIGINT');
      worker.proc.kill('SIGTERM');
      await Promise.all([tail.proc, worker.proc].map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
    }
    expect(worker.proc.exitCode).toBe(0);
  }, 60_000);
});

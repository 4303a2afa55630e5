/**
 * Crash safety of the embedded event log: a child appends from 32 concurrent writers and is SIGKILLed
 * mid-stream, twice (the second run continues the same streams). Every append the child saw acknowledged
 * must be in the file at the position it was told, positions must run 1..head without gaps or duplicates,
 * and each stream's revisions must be contiguous. The child runs from dist/ (`npm test` builds it first).
 */
import Database from 'better-sqlite3';
import { spawn } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const root = resolve(__dirname, '..', '..');
const writerScript = join(root, 'dist', 'test', 'crash', 'crash-writer.js');
const ACKS_BEFORE_KILL = 2_000;

interface Ack {
  stream: string;
  revision: number;
  position: number;
}

/** Runs the writer until it has acknowledged `acks` events, then SIGKILLs it; resolves with every ack read. */
function runAndKill(file: string, acks: number): Promise<Ack[]> {
  return new Promise<Ack[]>((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-r', join(root, 'bin', 'register.js'), writerScript, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const seen: Ack[] = [];
    let partial = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`writer too slow; stderr: ${stderr}`)); }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const [tag, stream, revision, position] = line.split(' ');
        if (tag === 'ack') seen.push({ stream, revision: Number(revision), position: Number(position) });
      }
      if (!killed && seen.length >= acks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && killed) resolvePromise(seen);
      else reject(new Error(`writer exited on its own (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}

describe('event log crash safety (SQLite, SIGKILL)', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(writerScript)) throw new Error(`${writerScript} is missing: run \`node bin/ensure-build.js\` first`);
    dir = mkdtempSync(join(tmpdir(), 'g3n-crash-'));
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('keeps every acknowledged append, with contiguous positions and revisions, across two kills', async () => {
    const file = join(dir, 'events.sqlite');
    const firstRun = await runAndKill(file, ACKS_BEFORE_KILL);
    const secondRun = await runAndKill(file, ACKS_BEFORE_KILL);
    expect(firstRun.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    expect(secondRun.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const find = db.prepare<[number], { stream: string; revision: number }>('SELECT stream, revision FROM events WHERE position = ?');
      for (const ack of [...firstRun, ...secondRun]) {
        expect({ position: ack.position, ...find.get(ack.position) }).toEqual(ack);
      }

      const totals = db.prepare('SELECT count(*) AS count, min(position) AS first, max(position) AS last FROM events')
        .get() as { count: number; first: number; last: number };
      expect(totals.first).toBe(1);
      expect(totals.last).toBe(totals.count);
      expect(totals.count).toBeGreaterThanOrEqual(new Set([...firstRun, ...secondRun].map((ack) => ack.position)).size);

      const perStream = db.prepare(`SELECT e.stream, count(*) AS count, min(e.revision) AS low, max(e.revision) AS high,
          s.revision AS current FROM events e LEFT JOIN streams s ON s.stream = e.stream GROUP BY e.stream`)
        .all() as Array<{ stream: string; count: number; low: number; high: number; current: number | null }>;
      expect(perStream).toHaveLength(32);
      for (const stream of perStream) {
        expect({ stream: stream.stream, low: stream.low, high: stream.high, current: stream.current })
          .toEqual({ stream: stream.stream, low: 0, high: stream.count - 1, current: stream.count - 1 });
      }

      // The second run continued each stream where the first left it: its first ack per stream follows the file.
      const firstAckOfSecondRun = new Map<string, number>();
      for (const ack of secondRun) if (!firstAckOfSecondRun.has(ack.stream)) firstAckOfSecondRun.set(ack.stream, ack.revision);
      const lastAckOfFirstRun = new Map<string, number>();
      for (const ack of firstRun) lastAckOfFirstRun.set(ack.stream, ack.revision);
      for (const [stream, revision] of firstAckOfSecondRun) {
        expect(revision).toBeGreaterThan(lastAckOfFirstRun.get(stream) ?? -1);
      }
    } finally {
      db.close();
    }
  }, 90_000);
});

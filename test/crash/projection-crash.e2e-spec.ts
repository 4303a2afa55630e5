import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { verifyProjections } from '@g3n/es';
import { openShelfHarness } from '../support/shelf/shelf-runtime';
import { demoEventCounter, shelfLevels } from '../support/shelf/shelf.projections';

const repo = join(__dirname, '..', '..');
const child = join(repo, 'dist', 'test', 'crash', 'projection-child.js');

/** Runs the child until `stopWhen` is satisfied by its output, then SIGKILLs it (or lets it exit). */
function runChild(dataDir: string, mode: string, killAfterAcks?: number): Promise<{ acks: number[]; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['-r', join(repo, 'bin', 'register.js'), child, dataDir, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: number[] = [];
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.on('data', (chunk) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line.startsWith('ack ')) acks.push(Number(line.slice(4)));
      }
      if (killAfterAcks !== undefined && acks.length >= killAfterAcks && !proc.killed) proc.kill('SIGKILL');
    });
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ acks, lines });
      else reject(new Error(`child exited ${code ?? signal}: ${stderr}`));
    });
  });
}

describe('crash: SIGKILL while writing and projecting', () => {
  it('keeps every acknowledged write, and live projections equal a rebuild from scratch', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'g3n-crash-'));
    try {
      const acknowledged: number[] = [];
      for (const killAt of [1500, 900, 1200]) acknowledged.push(...(await runChild(dataDir, 'write', killAt)).acks);
      const caughtUp = await runChild(dataDir, 'catch-up');
      expect(caughtUp.lines.some((l) => l.startsWith('caught-up'))).toBe(true);

      const h = await openShelfHarness({ dataDir, withWorker: false });
      try {
        const head = await h.runtime.log.headPosition();
        const positions = new Set<number>();
        let after = 0;
        for (;;) {
          const page = await h.runtime.log.readAll({ after, limit: 5000 });
          for (const e of page.events) positions.add(e.position);
          if (page.atEnd) break;
          after = page.next;
        }
        expect(positions.size).toBe(head);
        for (const p of acknowledged) expect(positions.has(p)).toBe(true);
        // Exactly-once: the counter projection equals the number of events, and every read model equals a re-fold.
        const report = await verifyProjections([shelfLevels, demoEventCounter], { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog });
        expect(report.differences).toEqual([]);
        const counts = await h.runtime.readModels.collection('demo_event_counts').find({}, { limit: 10 });
        expect(counts.items.reduce((n, d) => n + Number(d.count), 0)).toBe(head);
      } finally {
        await h.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

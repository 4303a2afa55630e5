import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfig, openRuntime } from '@g3n/platform';
import { icsEvents } from '../../../libs/ics/ics.module';
import { stockDecider } from '../../../libs/ics/stock/stock.decide';
import { stockStream } from '../../../libs/ics/stock/streams';

const support = join(__dirname, 'support');

interface Child {
  ready: Promise<void>;
  go(): void;
  outcomes: Promise<string[]>;
}

function reserveInChild(dataDir: string, tag: string, attempts: number): Child {
  const proc = spawn(process.execPath, ['-r', join(support, 'register-ts.js'), join(support, 'reserve-child.ts'), dataDir, 'org1', 'log_1', 'var_1', tag, String(attempts)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  proc.stdout.on('data', (d) => {
    out += d;
    if (out.startsWith('ready\n')) markReady();
  });
  proc.stderr.on('data', (d) => (err += d));
  const outcomes = new Promise<string[]>((resolve, reject) => {
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length).trim())) : reject(new Error(`child exited ${code}: ${err}`))));
  });
  return { ready, go: () => proc.stdin.end('go\n'), outcomes };
}

/** Two OS processes, each with its own command runner, race for the last units of one stock on one log. */
describe('ICS stock: parallel reservations from two processes never oversell', () => {
  it('reserves at most what is on hand; every loser is refused, none is lost', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'g3n-ics-race-'));
    try {
      const runtime = await openRuntime(loadConfig({ G3N_DATA_DIR: dataDir }), { events: icsEvents, projections: [], withWorker: false });
      const stream = stockStream('org1', 'log_1', 'var_1');
      await runtime.commands.execute({
        stream, decider: stockDecider, context: { actor: 'operator', org_guid: 'org1' },
        command: { kind: 'adjust', logical_guid: 'log_1', variant_id: 'var_1', qty_delta: 6, policy: { allow_negative: false } },
      });
      await runtime.close();

      const children = [reserveInChild(dataDir, 'a', 8), reserveInChild(dataDir, 'b', 8)];
      await Promise.all(children.map((c) => c.ready));
      for (const c of children) c.go();
      const [a, b] = await Promise.all(children.map((c) => c.outcomes));
      const outcomes = [...a, ...b];
      const reserved = outcomes.filter((o) => o === 'reserved').length;
      expect(reserved).toBeLessThanOrEqual(6);
      for (const o of outcomes) expect(['reserved', 'insufficient-stock', 'contention']).toContain(o);

      const check = await openRuntime(loadConfig({ G3N_DATA_DIR: dataDir }), { events: icsEvents, projections: [], withWorker: false });
      const { state } = await check.commands.load(stream, stockDecider);
      await check.close();
      // Every acknowledged reservation is in the log (no lost update), and the log never holds more than on hand.
      expect(state.reserved).toBe(reserved);
      expect(Object.keys(state.holds).sort()).toEqual(outcomes.flatMap((o, i) => (o === 'reserved' ? [i < a.length ? `a-${i}` : `b-${i - a.length}`] : [])).sort());
      expect(state.on_hand - state.reserved).toBeGreaterThanOrEqual(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

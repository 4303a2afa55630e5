import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { streamName } from '@g3n/eventlog';
import type { ProjectionDefinition, ReactorDefinition } from '@g3n/es';
import { loadConfig, openRuntime, Runtime } from '@g3n/platform';
import { shelfDecider } from './shelf.decide';
import { shelfEvents } from './shelf.events';
import { demoEventCounter, shelfLevels } from './shelf.projections';

export interface ShelfHarness {
  runtime: Runtime;
  dataDir: string;
  open(org: string, shelf: string, label?: string): Promise<number>;
  add(org: string, shelf: string, quantity: number): Promise<number>;
  take(org: string, shelf: string, quantity: number): Promise<number>;
  close(): Promise<void>;
}

/** A real embedded runtime (SQLite files in a temp dir) running the example shelf aggregate and its projections. */
export async function openShelfHarness(
  options: { dataDir?: string; withWorker?: boolean; projections?: ProjectionDefinition[]; reactors?: ReactorDefinition[]; keepData?: boolean } = {},
): Promise<ShelfHarness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'g3n-shelf-'));
  const runtime = await openRuntime(loadConfig({ G3N_DATA_DIR: dataDir }), {
    events: shelfEvents,
    projections: options.projections ?? [shelfLevels, demoEventCounter],
    reactors: options.reactors,
    withWorker: options.withWorker ?? true,
  });
  const run = async (org: string, shelf: string, command: Parameters<typeof shelfDecider.decide>[0]) => {
    const result = await runtime.commands.execute({
      stream: streamName(org, 'demo.shelf', shelf),
      decider: shelfDecider,
      command,
      context: { actor: 'user:test', org_guid: org },
    });
    return result.position;
  };
  return {
    runtime,
    dataDir,
    open: (org, shelf, label = shelf) => run(org, shelf, { kind: 'open', org_guid: org, shelf_id: shelf, label }),
    add: (org, shelf, quantity) => run(org, shelf, { kind: 'add', quantity }),
    take: (org, shelf, quantity) => run(org, shelf, { kind: 'take', quantity }),
    async close() {
      await runtime.close();
      if (!options.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` passes or the time is up (then runs it once more so the failure shows). */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

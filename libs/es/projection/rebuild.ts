import { hostname } from 'os';
import type { DocumentStore } from '@g3n/docstore';
import type { EventLog } from '@g3n/eventlog';
import type { Clock } from '../clock';
import { ProjectionCatalog } from './projection-catalog';
import { checkpointKey, physicalName, ProjectionDefinition } from './projection-definition';
import { projectNextPage } from './project-page';

export interface RebuildProgress {
  name: string;
  processed: number;
  position: number;
  head: number;
  events_per_s: number;
  /** Seconds left at the current rate, null until there is a rate. */
  eta_s: number | null;
}

export interface RebuildResult {
  name: string;
  generation: number;
  previous_generation: number | null;
  events: number;
  duration_ms: number;
  events_per_s: number;
}

export interface RebuildOptions {
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
  /** Owner name for the rebuild lease (one rebuild of a projection at a time, across processes). */
  owner?: string;
}

export interface RebuildDeps {
  log: EventLog;
  store: DocumentStore;
  catalog: ProjectionCatalog;
  clock: Clock;
}

/**
 * Blue-green rebuild: builds generation N+1 from the start of the log into its own collections while
 * generation N keeps serving, then switches the catalog to N+1. The live runner (in any process) follows the
 * switch and continues from N+1's checkpoint, so events written during the rebuild are not lost. Old
 * generations are dropped later by dropRetired, once readers have had time to move.
 */
export async function rebuildProjection(definition: ProjectionDefinition, deps: RebuildDeps, options: RebuildOptions = {}): Promise<RebuildResult> {
  const owner = options.owner ?? `${hostname()}:${process.pid}:rebuild`;
  const lease = `rebuild:${definition.name}`;
  const leaseTtl = 60_000;
  if (!(await deps.store.tryAcquireLease(lease, owner, leaseTtl))) {
    throw new Error(`a rebuild of ${definition.name} is already running elsewhere`);
  }
  try {
    const started = Date.now();
    const current = await deps.catalog.get(definition.name);
    const used = [current?.generation ?? 0, ...(current?.retired ?? []).map((r) => r.generation)];
    const generation = Math.max(...used) + 1;
    // A build that died half-way left collections for this generation: start them afresh.
    for (const c of definition.collections) await deps.store.dropCollection(physicalName(c.name, generation));
    await deps.store.deleteCheckpoint(checkpointKey(definition.name, generation));
    const physical = await deps.catalog.createCollections(definition, generation);

    const target = { physical, checkpointKey: checkpointKey(definition.name, generation) };
    const batchSize = options.batchSize ?? 5000;
    let checkpoint = 0;
    let processed = 0;
    let head = await deps.log.headPosition();
    let lastRenew = Date.now();
    for (;;) {
      const page = await projectNextPage(definition, deps.log, deps.store, target, checkpoint, batchSize);
      checkpoint = page.checkpoint;
      processed += page.events;
      if (checkpoint > head) head = checkpoint;
      if (options.onProgress) options.onProgress(progressOf(definition.name, processed, checkpoint, head, started));
      if (page.atEnd) break;
      if (Date.now() - lastRenew > leaseTtl / 3) {
        await deps.store.tryAcquireLease(lease, owner, leaseTtl);
        lastRenew = Date.now();
      }
    }
    await deps.catalog.switchTo(definition, generation, deps.clock.now());
    const durationMs = Date.now() - started;
    return {
      name: definition.name,
      generation,
      previous_generation: current?.generation ?? null,
      events: processed,
      duration_ms: durationMs,
      events_per_s: durationMs > 0 ? Math.round((processed * 1000) / durationMs) : processed,
    };
  } finally {
    await deps.store.releaseLease(lease, owner);
  }
}

function progressOf(name: string, processed: number, position: number, head: number, started: number): RebuildProgress {
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? processed / seconds : 0;
  const positionsPerSecond = seconds > 0 ? position / seconds : 0;
  return {
    name,
    processed,
    position,
    head,
    events_per_s: Math.round(rate),
    eta_s: positionsPerSecond > 0 ? Math.max(0, (head - position) / positionsPerSecond) : null,
  };
}

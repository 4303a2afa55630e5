import { hostname } from 'os';
import type { DocumentStore } from '@g3n/docstore';
import type { EventLog, RecordedEvent } from '@g3n/eventlog';
import type { Clock } from '../clock';
import { applyEvents } from './apply-events';
import { BuildMemory } from './build-memory';
import { ProjectionCatalog } from './projection-catalog';
import { ProjectionContext } from './projection-context';
import { assertUniqueProjections, checkpointKey, feedsByType, physicalName, ProjectionDefinition, typePrefixesOfAll } from './projection-definition';

export interface RebuildDeps {
  log: EventLog;
  store: DocumentStore;
  catalog: ProjectionCatalog;
  clock: Clock;
}

/** Progress of the one pass over the log. */
export interface RebuildPassProgress {
  /** Log events read so far. */
  processed: number;
  position: number;
  head: number;
  events_per_s: number;
  /** Seconds left at the current rate, null until there is a rate. */
  eta_s: number | null;
}

export interface RebuildAllOptions {
  batchSize?: number;
  onProgress?: (progress: RebuildPassProgress) => void;
  /** Owner name for the rebuild leases (one rebuild of a projection at a time, across processes). */
  owner?: string;
}

export interface RebuiltProjection {
  name: string;
  generation: number;
  previous_generation: number | null;
  /** Events of the pass this projection has a handler for. */
  events: number;
}

export interface RebuildAllResult {
  rebuilt: RebuiltProjection[];
  /** Log events read in the pass (each once, however many projections it fed). */
  events: number;
  /** Wall time of the whole rebuild: leases, new generations, the pass, the switches. */
  duration_ms: number;
  events_per_s: number;
}

interface Build {
  definition: ProjectionDefinition;
  generation: number;
  previous: number | null;
  physical: Record<string, string>;
  checkpointKey: string;
  checkpoint: number;
  events: number;
  /** This page's events that feed the projection. */
  batch: RecordedEvent[];
  /** What the build has written so far: its handlers read it instead of the store. */
  memory: BuildMemory;
}

const LEASE_TTL_MS = 60_000;

/**
 * Blue-green rebuild of several projections in one pass over the log. Each gets generation N+1 in its own
 * collections while N keeps serving (and the live runner keeps updating it); every page read is fanned out to
 * the projections it feeds, each committing its documents with its own checkpoint (`commitBatch`), so each
 * generation ends with the checkpoint a rebuild of it alone would have reached. Then every projection is
 * switched: the live runner (in any process) follows the switch and continues from N+1's checkpoint, so events
 * written during the rebuild are not lost. Old generations are dropped later by dropRetired.
 *
 * Takes the lease `rebuild:<name>` of every projection first; if one is held elsewhere the call fails before
 * building anything, releasing the leases it took. If a handler throws, the call fails and no projection is
 * switched; the next rebuild drops the half-built generations and starts them afresh.
 */
export async function rebuildProjections(definitions: ProjectionDefinition[], deps: RebuildDeps, options: RebuildAllOptions = {}): Promise<RebuildAllResult> {
  assertUniqueProjections(definitions);
  const started = Date.now();
  const owner = options.owner ?? `${hostname()}:${process.pid}:rebuild`;
  const taken: string[] = [];
  try {
    for (const definition of definitions) {
      const lease = `rebuild:${definition.name}`;
      if (!(await deps.store.tryAcquireLease(lease, owner, LEASE_TTL_MS))) {
        throw new Error(`a rebuild of ${definition.name} is already running elsewhere`);
      }
      taken.push(lease);
    }
    const builds: Build[] = [];
    for (const definition of definitions) builds.push(await startGeneration(definition, deps));
    const events = await projectAll(builds, deps, options, started, () => renew(taken, owner, deps.store));
    for (const build of builds) await deps.catalog.switchTo(build.definition, build.generation, deps.clock.now());
    const durationMs = Date.now() - started;
    return {
      rebuilt: builds.map((b) => ({ name: b.definition.name, generation: b.generation, previous_generation: b.previous, events: b.events })),
      events,
      duration_ms: durationMs,
      events_per_s: durationMs > 0 ? Math.round((events * 1000) / durationMs) : events,
    };
  } finally {
    for (const lease of taken) await deps.store.releaseLease(lease, owner);
  }
}

/** The next generation number, with a half-built generation's leftovers dropped and fresh collections. */
async function startGeneration(definition: ProjectionDefinition, deps: RebuildDeps): Promise<Build> {
  const current = await deps.catalog.get(definition.name);
  const used = [current?.generation ?? 0, ...(current?.retired ?? []).map((r) => r.generation)];
  const generation = Math.max(...used) + 1;
  // A build that died half-way left collections for this generation: start them afresh.
  for (const c of definition.collections) await deps.store.dropCollection(physicalName(c.name, generation));
  const key = checkpointKey(definition.name, generation);
  await deps.store.deleteCheckpoint(key);
  const physical = await deps.catalog.createCollections(definition, generation);
  return {
    definition,
    generation,
    previous: current?.generation ?? null,
    physical,
    checkpointKey: key,
    checkpoint: 0,
    events: 0,
    batch: [],
    memory: new BuildMemory((collection, id) => deps.store.collection(collection).get(id)),
  };
}

/** The pass: pages of the log, each fanned out and committed per projection. Returns the events read. */
async function projectAll(
  builds: Build[],
  deps: RebuildDeps,
  options: RebuildAllOptions,
  started: number,
  renewLeases: () => Promise<void>,
): Promise<number> {
  if (builds.length === 0) return 0;
  const typePrefixes = typePrefixesOfAll(builds.map((b) => b.definition));
  const batchSize = options.batchSize ?? 5000;
  const feedsOf = feedsByType(builds, (b) => b.definition);
  let after = 0;
  let read = 0;
  let head = await deps.log.headPosition();
  let lastRenew = Date.now();
  for (;;) {
    const page = await deps.log.readAll({ after, typePrefixes, limit: batchSize });
    for (const event of page.events) for (const build of feedsOf(event.type)) build.batch.push(event);
    for (const build of builds) await commitPage(build, page.next, deps.store);
    read += page.events.length;
    after = Math.max(after, page.next);
    if (after > head) head = after;
    if (options.onProgress) options.onProgress(progressOf(read, after, head, started));
    if (page.atEnd) break;
    if (Date.now() - lastRenew > LEASE_TTL_MS / 3) {
      await renewLeases();
      lastRenew = Date.now();
    }
  }
  return read;
}

/** Applies one page's events to a projection and commits its documents with its checkpoint, as projectNextPage does. */
async function commitPage(build: Build, next: number, store: DocumentStore): Promise<void> {
  const events = build.batch;
  build.batch = [];
  // Nothing new and no progress (an empty log): leave no checkpoint, like a rebuild of this projection alone.
  if (events.length === 0 && next <= build.checkpoint) return;
  const ctx = new ProjectionContext(build.memory, build.physical);
  await applyEvents(build.definition, events, ctx);
  const writes = ctx.writes();
  await store.commitBatch(writes, { key: build.checkpointKey, position: next });
  build.memory.remember(writes);
  build.checkpoint = next;
  build.events += events.length;
}

async function renew(leases: string[], owner: string, store: DocumentStore): Promise<void> {
  for (const lease of leases) await store.tryAcquireLease(lease, owner, LEASE_TTL_MS);
}

function progressOf(processed: number, position: number, head: number, started: number): RebuildPassProgress {
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? processed / seconds : 0;
  const positionsPerSecond = seconds > 0 ? position / seconds : 0;
  return {
    processed,
    position,
    head,
    events_per_s: Math.round(rate),
    eta_s: positionsPerSecond > 0 ? Math.max(0, (head - position) / positionsPerSecond) : null,
  };
}

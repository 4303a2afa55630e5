import { rebuildProjections, RebuildDeps } from './rebuild-all';
import { ProjectionDefinition } from './projection-definition';

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

/**
 * Blue-green rebuild of one projection (the worker's rebuild after a version bump, `g3n projections rebuild
 * <name>`): rebuildProjections with one definition, so it reads only the events that feed it. See there.
 */
export async function rebuildProjection(definition: ProjectionDefinition, deps: RebuildDeps, options: RebuildOptions = {}): Promise<RebuildResult> {
  const { onProgress } = options;
  const result = await rebuildProjections([definition], deps, {
    batchSize: options.batchSize,
    owner: options.owner,
    onProgress: onProgress && ((p) => onProgress({ name: definition.name, ...p })),
  });
  const [rebuilt] = result.rebuilt;
  // `events` as before: the events read, which for one projection are those its type filter lets through.
  return { ...rebuilt, events: result.events, duration_ms: result.duration_ms, events_per_s: result.events_per_s };
}

import { EventEmitter } from 'events';
import type { DocumentStore } from '@g3n/docstore';
import type { EventLog } from '@g3n/eventlog';
import type { Clock } from '../clock';
import { retryDelayMs } from './backoff';
import { ProjectionCatalog, ProjectionState, ProjectionStatusDoc } from './projection-catalog';
import { checkpointKey, ProjectionDefinition } from './projection-definition';
import { projectNextPage } from './project-page';
import type { SharedPageReader } from './shared-page-reader';

export interface RunnerDeps {
  log: EventLog;
  store: DocumentStore;
  catalog: ProjectionCatalog;
  clock: Clock;
  /** The worker's shared tail reader, used while this projection is live (caught up). */
  pages?: SharedPageReader;
}

export type StepOutcome = 'progress' | 'idle' | 'waiting-retry';

/**
 * Keeps one projection's serving generation up to date with the log. A failing handler parks this projection
 * (state `error`, retried with backoff) without touching the others. Emits `checkpoint` after each commit and
 * `switched` when a rebuild made another generation the serving one.
 */
export class ProjectionRunner extends EventEmitter {
  state: ProjectionState = 'starting';
  generation = 0;
  checkpoint = 0;
  head = 0;
  /** The newest position this projection was woken for (an append of a type it consumes, or a wake of all). */
  wanted = 0;
  physical: Record<string, string> = {};
  error: ProjectionStatusDoc['error'] = null;
  private attempts = 0;
  private retryAt = 0;
  private lastMetaCheck = 0;

  constructor(readonly definition: ProjectionDefinition, private readonly deps: RunnerDeps, private readonly batchSize = 1000) {
    super();
    this.setMaxListeners(0);
  }

  get name(): string {
    return this.definition.name;
  }

  /** Loads (or creates) the serving generation and its checkpoint. */
  async attach(): Promise<void> {
    const meta = await this.deps.catalog.ensureServing(this.definition, this.deps.clock.now());
    await this.useGeneration(meta.generation, meta.collections);
  }

  /** Processes at most one page. `idle` means caught up with the log. */
  async step(): Promise<StepOutcome> {
    const now = this.deps.clock.now().getTime();
    if (this.state === 'error' && now < this.retryAt) return 'waiting-retry';
    await this.followSwitches(now);
    try {
      const result = await projectNextPage(
        this.definition, (this.state === 'live' && this.deps.pages?.reader) || this.deps.log, this.deps.store,
        { physical: this.physical, checkpointKey: checkpointKey(this.name, this.generation) },
        this.checkpoint, this.batchSize,
      );
      const advanced = result.checkpoint > this.checkpoint;
      this.checkpoint = result.checkpoint;
      if (this.head < this.checkpoint) this.head = this.checkpoint;
      this.attempts = 0;
      this.error = null;
      this.state = result.atEnd ? 'live' : 'catching-up';
      if (advanced) this.emit('checkpoint', this.checkpoint);
      // Caught up with what it was woken for, and the page held nothing for it (only other events moved the log):
      // sleep until woken. Stepping again at once made every projection read the tail and commit an empty checkpoint
      // on every append anywhere in the log under write load (55 empty transactions per group commit, issue 6
      // profile). Short of `wanted` it steps again: the shared tail page it was served may predate that append.
      const settled = !advanced || (result.events === 0 && this.checkpoint >= this.wanted);
      return result.atEnd && settled ? 'idle' : 'progress';
    } catch (error) {
      this.attempts += 1;
      const delay = retryDelayMs(this.attempts);
      this.retryAt = now + delay;
      this.state = 'error';
      this.error = {
        message: (error as Error).message ?? String(error),
        at: new Date(now).toISOString(),
        attempts: this.attempts,
        retry_at: new Date(this.retryAt).toISOString(),
      };
      this.emit('failed', error);
      return 'waiting-retry';
    }
  }

  msUntilRetry(): number {
    return Math.max(0, this.retryAt - this.deps.clock.now().getTime());
  }

  status(owner: string, version = this.definition.version): ProjectionStatusDoc {
    return {
      _id: this.name,
      state: this.state,
      owner,
      version,
      generation: this.generation,
      checkpoint: this.checkpoint,
      head: this.head,
      lag: Math.max(0, this.head - this.checkpoint),
      error: this.error,
      updated_at: this.deps.clock.now().toISOString(),
    };
  }

  /** Picks up a switch made by a rebuild (this process or the CLI), checking the catalog at most every 250 ms. */
  async followSwitches(now = this.deps.clock.now().getTime(), force = false): Promise<void> {
    if (!force && now - this.lastMetaCheck < 250) return;
    this.lastMetaCheck = now;
    const meta = await this.deps.catalog.get(this.name);
    if (meta && meta.generation !== this.generation) {
      await this.useGeneration(meta.generation, meta.collections);
      this.emit('switched', meta.generation);
    }
  }

  private async useGeneration(generation: number, physical: Record<string, string>): Promise<void> {
    const checkpoint = await this.deps.store.getCheckpoint(checkpointKey(this.name, generation));
    this.generation = generation;
    this.physical = physical;
    this.checkpoint = checkpoint?.position ?? 0;
  }
}

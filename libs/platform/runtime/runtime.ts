import type { BlobStore } from '@g3n/blobstore';
import type { DocumentStore } from '@g3n/docstore';
import {
  Clock, CommandRunner, ConsistencyWaiter, EventDefinition, EventRegistry, IdGenerator, ObservedEventLog, ProjectionCatalog,
  ProjectionDefinition, ProjectionWorker, ReactorDefinition, ReactorWorker, ReadModels, SnapshotStore, systemClock, uuidIds,
} from '@g3n/es';
import type { G3nConfig } from '../config/config';
import { WalCheckpointer } from '@g3n/sqlite';
import { openBlobStoreFor, openDocumentStoreFor, openEventLogFor, sqliteFilesOf } from './stores';

/** Everything a process (api, worker, cli) needs, wired once from the configuration. */
export interface Runtime {
  config: G3nConfig;
  clock: Clock;
  ids: IdGenerator;
  registry: EventRegistry;
  projections: ProjectionDefinition[];
  log: ObservedEventLog;
  store: DocumentStore;
  blobs: BlobStore;
  catalog: ProjectionCatalog;
  readModels: ReadModels;
  commands: CommandRunner;
  waiter: ConsistencyWaiter;
  worker: ProjectionWorker | null;
  /** Cross-service reactions, run beside the projections when this process runs the worker. */
  reactors: ReactorWorker | null;
  /** Background services running in this process (empty without the worker). */
  background: BackgroundService[];
  close(): Promise<void>;
}

/**
 * A long-running part of the worker beyond projections and reactors (the webhook/subscription delivery engine,
 * scheduled exports). Started when the process runs the worker, stopped on close.
 */
export interface BackgroundService {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export type BackgroundServiceFactory = (runtime: Runtime) => BackgroundService;

export interface RuntimeOptions {
  events: EventDefinition[];
  projections: ProjectionDefinition[];
  reactors?: ReactorDefinition[];
  background?: BackgroundServiceFactory[];
  /** Start the projection worker (and the reactors and background services) in this process. */
  withWorker: boolean;
  /**
   * Checkpoint the embedded stores' WALs from a worker thread (default: when the worker runs here). A command that
   * writes a lot, a rebuild, asks for it too: ×0.94 wall time for an 87 k-event rebuild, 3 alternated pairs.
   */
  walCheckpointer?: boolean;
  clock?: Clock;
  ids?: IdGenerator;
  onWorkerEvent?: (line: string) => void;
}

export async function openRuntime(config: G3nConfig, options: RuntimeOptions): Promise<Runtime> {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? uuidIds;
  const registry = new EventRegistry().register(...options.events);
  const log = new ObservedEventLog(openEventLogFor(config), registry);
  const store = await openDocumentStoreFor(config);
  const blobs = openBlobStoreFor(config);
  const catalog = new ProjectionCatalog(store);
  const readModels = new ReadModels(store, catalog, options.projections);
  const commands = new CommandRunner(log, registry, clock, ids, { snapshots: new SnapshotStore(store) });
  let worker: ProjectionWorker | null = null;
  let reactors: ReactorWorker | null = null;
  if (options.withWorker) {
    worker = new ProjectionWorker(options.projections, log, store, catalog, clock, { onEvent: options.onWorkerEvent, pollMs: config.workerPollMs });
    worker.on('switched', () => readModels.invalidate());
    await worker.start();
    reactors = new ReactorWorker(options.reactors ?? [], { log, store, commands, readModels, clock, ids }, { onEvent: options.onWorkerEvent, pollMs: config.workerPollMs });
    await reactors.start();
  }
  // Long-running processes checkpoint the embedded stores' WALs from a worker thread, off the event loop.
  const files = (options.walCheckpointer ?? options.withWorker) ? sqliteFilesOf(config) : [];
  const checkpointer = files.length ? WalCheckpointer.start(files, { onError: (message) => options.onWorkerEvent?.(`wal checkpoint: ${message}`) }) : null;
  const waiter = new ConsistencyWaiter(options.projections, store, catalog, worker, config.workerPollMs);
  let closed = false;
  const background: BackgroundService[] = [];
  const runtime: Runtime = {
    config, clock, ids, registry, projections: options.projections, log, store, blobs, catalog, readModels, commands, waiter, worker, reactors, background,
    async close() {
      if (closed) return;
      closed = true;
      for (const service of [...background].reverse()) await service.stop();
      await reactors?.stop();
      await worker?.stop();
      await checkpointer?.stop();
      await log.close();
      await store.close();
      await blobs.close();
    },
  };
  if (options.withWorker) {
    for (const factory of options.background ?? []) {
      const service = factory(runtime);
      await service.start();
      background.push(service);
    }
  }
  return runtime;
}

import type { DocumentStore } from '@g3n/docstore';
import { ProjectionCatalog } from './projection-catalog';
import { consumes, ProjectionDefinition } from './projection-definition';
import type { ProjectionWorker } from './projection-worker';
import { CheckpointPoller } from './checkpoint-poller';

export type Consistency = 'strong' | 'pending';

/**
 * Read-your-writes: after an append at `position`, waits (bounded) until every projection fed by the appended
 * event types has applied it. With the worker in this process it listens to checkpoint events; otherwise one
 * shared poll reads the stored checkpoints of the serving generations for every waiting request (CheckpointPoller).
 */
export class ConsistencyWaiter {
  private readonly remote: CheckpointPoller;

  constructor(
    private readonly definitions: ProjectionDefinition[],
    store: DocumentStore,
    catalog: ProjectionCatalog,
    private readonly worker: ProjectionWorker | null,
    pollMs = 5,
  ) {
    this.remote = new CheckpointPoller(store, catalog, pollMs);
  }

  /**
   * `'all'`: every projection, for a write that appended nothing because what it asked for is already in the log
   * (an idempotent repeat, or a reactor that got there first): its read must still see those earlier events, whose
   * types it does not know. The in-process projections are woken so the ones no append concerned catch up now.
   */
  async waitFor(position: number, eventTypes: string[] | 'all', timeoutMs: number): Promise<Consistency> {
    if (position <= 0) return 'strong';
    const fed = eventTypes === 'all' ? this.definitions : this.definitions.filter((d) => eventTypes.some((t) => consumes(d, t)));
    if (fed.length === 0) return 'strong';
    if (eventTypes === 'all') this.worker?.wakeAll(position);
    const deadline = Date.now() + timeoutMs;
    // Waiting on everything, a projection parked in error (unrelated to this write, most likely) is not waited for:
    // the answer is `pending` at once rather than after the whole bound.
    const parked = (name: string) => eventTypes === 'all' && this.worker?.runner(name)?.state === 'error';
    const results = await Promise.all(fed.map((d) => (parked(d.name) ? false : this.waitOne(d.name, position, deadline))));
    return results.every(Boolean) ? 'strong' : 'pending';
  }

  private async waitOne(name: string, position: number, deadline: number): Promise<boolean> {
    const runner = this.worker?.runner(name);
    if (runner && runner.state !== 'standby') {
      if (runner.checkpoint >= position) return true;
      return new Promise<boolean>((resolve) => {
        const onCheckpoint = () => {
          if (runner.checkpoint >= position) finish(true);
        };
        const finish = (ok: boolean) => {
          clearTimeout(timer);
          runner.off('checkpoint', onCheckpoint);
          runner.off('switched', onCheckpoint);
          resolve(ok);
        };
        const timer = setTimeout(() => finish(runner.checkpoint >= position), Math.max(0, deadline - Date.now()));
        runner.on('checkpoint', onCheckpoint);
        runner.on('switched', onCheckpoint);
      });
    }
    return this.remote.wait(name, position, deadline);
  }
}

import type { DocumentStore } from '@g3n/docstore';
import { ProjectionCatalog } from './projection-catalog';
import { checkpointKey } from './projection-definition';

interface Waiter {
  position: number;
  deadline: number;
  resolve(reached: boolean): void;
  reject(error: unknown): void;
}

/**
 * Read-your-writes when the projections run in another process: every request waiting on a projection is served
 * by ONE poll loop per process, which reads each waited-on projection's serving generation and checkpoint once per
 * round (two point reads per projection, however many requests wait) and settles every waiter its checkpoint has
 * reached, or whose deadline passed. The loop runs only while someone waits.
 *
 * Polling per request instead cost 2 reads per projection per request every round: at 64 concurrent writes, ≈ 19 k
 * store reads a second on the API's event loop (and round trips to MongoDB in the production shape).
 */
export class CheckpointPoller {
  private readonly waiting = new Map<string, Waiter[]>();
  private polling = false;

  constructor(
    private readonly store: DocumentStore,
    private readonly catalog: ProjectionCatalog,
    private readonly pollMs: number,
  ) {}

  /** Resolves true once projection `name`'s serving checkpoint is at `position` or beyond, false at `deadline`. */
  wait(name: string, position: number, deadline: number): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      const list = this.waiting.get(name);
      const waiter = { position, deadline, resolve, reject };
      if (list) list.push(waiter);
      else this.waiting.set(name, [waiter]);
      if (!this.polling) void this.poll();
    });
  }

  private async poll(): Promise<void> {
    this.polling = true;
    try {
      while (this.waiting.size > 0) {
        const names = [...this.waiting.keys()];
        let positions: number[];
        try {
          positions = await Promise.all(names.map((name) => this.checkpointOf(name)));
        } catch (error) {
          // A store that cannot answer fails every waiting request alike, as a read of its own would.
          for (const name of names) for (const waiter of this.take(name)) waiter.reject(error);
          continue;
        }
        const now = Date.now();
        let nextDeadline = Infinity;
        names.forEach((name, i) => {
          const still: Waiter[] = [];
          for (const waiter of this.take(name)) {
            if (positions[i] >= waiter.position) waiter.resolve(true);
            else if (now >= waiter.deadline) waiter.resolve(false);
            else {
              still.push(waiter);
              nextDeadline = Math.min(nextDeadline, waiter.deadline);
            }
          }
          if (still.length) this.waiting.set(name, still);
        });
        if (this.waiting.size === 0) break;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(this.pollMs, nextDeadline - now))));
      }
    } finally {
      this.polling = false;
    }
  }

  private take(name: string): Waiter[] {
    const list = this.waiting.get(name) ?? [];
    this.waiting.delete(name);
    return list;
  }

  private async checkpointOf(name: string): Promise<number> {
    const meta = await this.catalog.get(name);
    const checkpoint = meta ? await this.store.getCheckpoint(checkpointKey(name, meta.generation)) : null;
    return checkpoint?.position ?? 0;
  }
}

/**
 * Wakes idle subscriptions when the log grows. Commits made through this connection notify directly;
 * commits made by another connection or process (the `g3n` CLI) are noticed by polling
 * `PRAGMA data_version`, which changes exactly when some OTHER connection committed to the file.
 * One poll timer per open log, running only while a subscription is waiting.
 */
import type { Database } from 'better-sqlite3';

export const CHANGE_POLL_MS = 50;

interface Waiter {
  baseline: number;
  wake(): void;
}

export class SqliteChangeNotifier {
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Database) {}

  /** Read BEFORE reading the log, so a commit landing between the read and the wait is not missed. */
  dataVersion(): number {
    return Number(this.db.pragma('data_version', { simple: true }));
  }

  /**
   * Resolves on the next in-process commit, when another connection has committed since `baseline`,
   * or when `cancel` fires. Returns a disposer for the caller's cancel path.
   */
  wait(baseline: number): { promise: Promise<void>; cancel(): void } {
    let waiter!: Waiter;
    const promise = new Promise<void>((resolve) => {
      waiter = { baseline, wake: resolve };
    });
    this.waiters.add(waiter);
    this.ensurePolling();
    return {
      promise,
      cancel: () => {
        this.waiters.delete(waiter);
        waiter.wake();
      },
    };
  }

  notifyCommitted(): void {
    for (const waiter of this.waiters) waiter.wake();
    this.waiters.clear();
  }

  close(): void {
    this.notifyCommitted();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private ensurePolling(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.poll(), CHANGE_POLL_MS);
    // Polling must never keep a process alive on its own.
    this.timer.unref();
  }

  private poll(): void {
    if (this.waiters.size === 0 || !this.db.open) {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      return;
    }
    const version = this.dataVersion();
    for (const waiter of this.waiters) {
      if (waiter.baseline !== version) {
        this.waiters.delete(waiter);
        waiter.wake();
      }
    }
  }
}

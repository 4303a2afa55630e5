import { once } from 'events';
import { Worker } from 'worker_threads';

/**
 * The worker thread's whole program (plain JavaScript, so it runs the same from the sources under Jest and from dist):
 * one connection per file, a PASSIVE checkpoint of each every `intervalMs`, closed on 'stop'.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const Database = require(workerData.driver);
const dbs = [];
for (const file of workerData.files) {
  try {
    const db = new Database(file, { timeout: 0 });
    db.pragma('cache_size = -256'); // a checkpoint streams pages through; SQLite's default 16 MB cache would be RSS for nothing
    dbs.push(db);
  } catch (error) {
    parentPort.postMessage({ error: 'cannot open ' + file + ': ' + error.message });
  }
}
const tick = () => {
  for (const db of dbs) {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      if (!/busy|locked/i.test(error.message)) parentPort.postMessage({ error: error.message });
    }
  }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  tick();
  for (const db of dbs) db.close();
  parentPort.close();
});
`;

export interface WalCheckpointerOptions {
  /** How often each file is checkpointed (default 200 ms). */
  intervalMs?: number;
  /** Told of a file that cannot be opened or a checkpoint that fails for another reason than a busy lock. */
  onError?: (message: string) => void;
}

/**
 * Checkpoints SQLite WAL files from a worker thread, so the copy of committed pages back into the database file and
 * its fsync happen beside the event loop rather than inside whichever commit crossed `wal_autocheckpoint`. Those
 * checkpoints stalled the API's one thread for tens of milliseconds: with them off, the write phase's p99 went from
 * 86–104 to 62–67 ms (issue 6, `write-probe.js adjust`). PASSIVE checkpoints never wait for readers or writers, and a
 * WAL whose frames are all copied is restarted by the next writer, so it stays small; the connections keep their own
 * `wal_autocheckpoint` as a backstop, which then finds nothing left to copy.
 */
export class WalCheckpointer {
  private stopped?: Promise<void>;

  private constructor(private readonly worker: Worker) {}

  static start(files: string[], options: WalCheckpointerOptions = {}): WalCheckpointer {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), files, intervalMs: options.intervalMs ?? 200 },
    });
    worker.unref(); // never what keeps a process alive
    worker.on('message', (message: { error?: string }) => {
      if (message.error) options.onError?.(message.error);
    });
    worker.on('error', (error) => options.onError?.(error.message));
    return new WalCheckpointer(worker);
  }

  /** A last checkpoint, then the thread's connections are closed and it exits. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      const exited = once(this.worker, 'exit');
      this.worker.postMessage('stop');
      const timeout = setTimeout(() => void this.worker.terminate(), 5_000);
      await exited;
      clearTimeout(timeout);
    })();
    return this.stopped;
  }
}

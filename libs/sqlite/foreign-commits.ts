import type { Database, Statement } from 'better-sqlite3';

/**
 * Tells a connection's in-memory caches when another connection (the CLI, a separate worker process) may have
 * committed, from `PRAGMA data_version`. The pragma is a read transaction: over a busy WAL it cost about 60 µs of CPU
 * per read request when every cache lookup ran it (issue 6, `write-probe.js read`), so it runs once per event-loop turn,
 * on the turn's first question, and again after `revalidate()`. A commit by another connection is therefore seen from
 * the next turn on, or at once by a caller that revalidates after learning of it (a checkpoint read, say).
 * This connection's own commits do not change data_version; caches forget what those touch themselves.
 */
export class ForeignCommits {
  private readonly dataVersion: Statement<[], number>;
  private version = -1;
  private checked = false;
  private readonly endTurn = (): void => {
    this.checked = false;
  };

  constructor(db: Database) {
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  }

  /** True when another connection has committed since the last answer (the first answer is true: nothing is known yet). */
  changed(): boolean {
    if (this.checked) return false;
    this.checked = true;
    setImmediate(this.endTurn);
    const version = this.dataVersion.get()!;
    if (version === this.version) return false;
    this.version = version;
    return true;
  }

  /** Ask SQLite again on the next question, even within this turn. */
  revalidate(): void {
    this.checked = false;
  }
}

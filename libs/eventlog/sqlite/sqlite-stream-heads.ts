/**
 * What this connection knows of streams' current revisions, so "any events of this stream from revision R on?" (the
 * command runner's load of a state it already holds, twice per write on the stock path) is answered without a read
 * transaction: about 9 µs each over a busy WAL, 4 % of the API's CPU under write load (issue 6 profile).
 *
 * A head is an upper bound on the stream's revision, learnt from this connection's own appends and from reads that
 * went to the end of the stream. After another connection's commit (the CLI, a separate worker; ForeignCommits, checked
 * once per event-loop turn) everything is forgotten. Within a turn an answer may thus miss another process's append of
 * a moment ago; that is safe, because every append checks its expected revision inside its write transaction: a
 * command decided on such a state conflicts and is retried (or answered 409 when the caller pinned the revision).
 */
import type { Database } from 'better-sqlite3';
import { ForeignCommits } from '@g3n/sqlite';

export class StreamHeads {
  private readonly heads = new Map<string, number>();
  private readonly foreign: ForeignCommits;

  constructor(db: Database, private readonly capacity = 20_000) {
    this.foreign = new ForeignCommits(db);
  }

  /** True when the stream certainly has no event at revision `from` or later. */
  nothingFrom(stream: string, from: number): boolean {
    if (this.foreign.changed()) {
      this.heads.clear();
      return false;
    }
    const head = this.heads.get(stream);
    return head !== undefined && from > head;
  }

  /** A forward read from `from` returned everything to the end: its last revision, or none at or after `from`. */
  readToEnd(stream: string, from: number, lastRevision: number | undefined): void {
    this.set(stream, lastRevision ?? from - 1);
  }

  /** This connection committed events up to `revision`. */
  appended(stream: string, revision: number): void {
    this.set(stream, revision);
  }

  forget(stream: string): void {
    this.heads.delete(stream);
  }

  private set(stream: string, revision: number): void {
    this.heads.delete(stream);
    if (this.heads.size >= this.capacity) this.heads.delete(this.heads.keys().next().value as string);
    this.heads.set(stream, revision);
  }
}

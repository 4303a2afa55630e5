/**
 * The stored text of recently read documents, for `get` by id: the guard and the command handlers read the same few
 * documents (session, org, membership, facility, variant) on every request, and under write load each SQLite point
 * read cost about 9 µs (a read transaction over a busy WAL), 13 % of the API's CPU (issue 6 profile).
 *
 * This connection's own writes forget the documents they touch before they run. A commit by any other connection
 * (the CLI, a separate worker) forgets everything (ForeignCommits: checked once per event-loop turn, and again after
 * every checkpoint read, so a reader that learnt from a checkpoint that another process has projected an event then
 * reads that event's documents fresh). The text is cached, not the object: every caller still gets its own parsed copy.
 */
import type { Database } from 'better-sqlite3';
import { ForeignCommits } from '@g3n/sqlite';

const SEP = '\u0000';

/**
 * Enough for the documents every request reads (sessions, orgs, memberships, facilities, variants, stock heads);
 * 20,000 held about 70 MB more peak RSS in the order benchmark (order documents are large) for no CPU saved.
 */
export const DOC_CACHE_ENTRIES = 2_000;

export class SqliteDocCache {
  private readonly docs = new Map<string, string | null>();
  private readonly foreign: ForeignCommits;

  constructor(db: Database, private readonly capacity = DOC_CACHE_ENTRIES) {
    this.foreign = new ForeignCommits(db);
  }

  /** The cached text (null: known missing), or undefined when not cached. */
  get(collection: string, id: string): string | null | undefined {
    if (this.foreign.changed()) {
      this.docs.clear(); // another connection committed: anything may have changed
      return undefined;
    }
    return this.docs.get(collection + SEP + id);
  }

  /** Check for other connections' commits again on the next lookup: the caller has just read state they may have written. */
  revalidate(): void {
    this.foreign.revalidate();
  }

  set(collection: string, id: string, text: string | null): void {
    if (this.docs.size >= this.capacity) this.docs.delete(this.docs.keys().next().value as string);
    this.docs.set(collection + SEP + id, text);
  }

  forget(collection: string, id: string): void {
    this.docs.delete(collection + SEP + id);
  }

  /** A collection dropped or forgotten (rollback, table gone): its documents, or everything. */
  forgetCollection(collection?: string): void {
    if (collection === undefined) return this.docs.clear();
    const prefix = collection + SEP;
    for (const key of this.docs.keys()) if (key.startsWith(prefix)) this.docs.delete(key);
  }
}

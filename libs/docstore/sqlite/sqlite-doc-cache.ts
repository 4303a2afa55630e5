/**
 * The stored text of recently read documents, for `get` by id: the guard and the command handlers read the same few
 * documents (session, org, membership, facility, variant) on every request, and under write load each SQLite point
 * read cost about 9 µs (a read transaction over a busy WAL), 13 % of the API's CPU (issue 6 profile).
 *
 * Never stale: this connection's own writes forget the documents they touch before they run, and a commit by any
 * other connection (the CLI, a separate worker) changes `PRAGMA data_version`, checked on every lookup, which forgets
 * everything. The text is cached, not the object: every caller still gets its own parsed copy.
 */
import type { Database, Statement } from 'better-sqlite3';

const SEP = '\u0000';

/**
 * Enough for the documents every request reads (sessions, orgs, memberships, facilities, variants, stock heads);
 * 20,000 held about 70 MB more peak RSS in the order benchmark (order documents are large) for no CPU saved.
 */
export const DOC_CACHE_ENTRIES = 2_000;

export class SqliteDocCache {
  private readonly docs = new Map<string, string | null>();
  private readonly dataVersion: Statement<[], number>;
  private version = -1;

  constructor(db: Database, private readonly capacity = DOC_CACHE_ENTRIES) {
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  }

  /** The cached text (null: known missing), or undefined when not cached. */
  get(collection: string, id: string): string | null | undefined {
    const version = this.dataVersion.get()!;
    if (version !== this.version) {
      this.docs.clear(); // another connection committed: anything may have changed
      this.version = version;
      return undefined;
    }
    return this.docs.get(collection + SEP + id);
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

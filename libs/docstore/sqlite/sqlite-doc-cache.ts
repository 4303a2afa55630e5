/**
 * The stored text of recently read documents, for `get` by id: the guard and the command handlers read the same few
 * documents (session, org, membership, facility, variant) on every request, and under write load each SQLite point
 * read cost about 9 µs (a read transaction over a busy WAL), 13 % of the API's CPU (issue 6 profile).
 *
 * And the rows of recent small `find`s, by their filter and options: a command handler's lookup by a field (an
 * order's sales channel by org and code) was a read transaction, an array probe and the page query, about 16 % of
 * the API's CPU per order request (issue 6, `write-probe.js orders`). Any write to a collection forgets its finds.
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

/** Finds remembered, over all collections; a find's rows are remembered only up to FIND_CACHE_MAX_CHARS of text. */
export const FIND_CACHE_ENTRIES = 500;
export const FIND_CACHE_MAX_CHARS = 16_384;

export class SqliteDocCache {
  private readonly docs = new Map<string, string | null>();
  /** collection → find key → the rows' texts. */
  private readonly finds = new Map<string, Map<string, string[]>>();
  private findEntries = 0;
  private readonly foreign: ForeignCommits;

  constructor(db: Database, private readonly capacity = DOC_CACHE_ENTRIES) {
    this.foreign = new ForeignCommits(db);
  }

  /** The cached text (null: known missing), or undefined when not cached. */
  get(collection: string, id: string): string | null | undefined {
    if (this.foreign.changed()) {
      this.clear(); // another connection committed: anything may have changed
      return undefined;
    }
    return this.docs.get(collection + SEP + id);
  }

  /** The rows a find with this key read last time, or undefined. */
  getFind(collection: string, key: string): string[] | undefined {
    if (this.foreign.changed()) {
      this.clear();
      return undefined;
    }
    return this.finds.get(collection)?.get(key);
  }

  setFind(collection: string, key: string, rows: string[]): void {
    let chars = 0;
    for (const row of rows) chars += row.length;
    if (chars > FIND_CACHE_MAX_CHARS) return;
    if (this.findEntries >= FIND_CACHE_ENTRIES) this.clearFinds();
    let byKey = this.finds.get(collection);
    if (!byKey) this.finds.set(collection, (byKey = new Map()));
    if (!byKey.has(key)) this.findEntries++;
    byKey.set(key, rows);
  }

  /** Check for other connections' commits again on the next lookup: the caller has just read state they may have written. */
  revalidate(): void {
    this.foreign.revalidate();
  }

  set(collection: string, id: string, text: string | null): void {
    if (this.docs.size >= this.capacity) this.docs.delete(this.docs.keys().next().value as string);
    this.docs.set(collection + SEP + id, text);
  }

  /** A write to one document: it, and every find of its collection, are forgotten. */
  forget(collection: string, id: string): void {
    this.docs.delete(collection + SEP + id);
    this.forgetFinds(collection);
  }

  /** A collection dropped or forgotten (rollback, table gone): its documents and finds, or everything. */
  forgetCollection(collection?: string): void {
    if (collection === undefined) return this.clear();
    this.forgetFinds(collection);
    const prefix = collection + SEP;
    for (const key of this.docs.keys()) if (key.startsWith(prefix)) this.docs.delete(key);
  }

  private forgetFinds(collection: string): void {
    if (this.findEntries === 0) return;
    const byKey = this.finds.get(collection);
    if (!byKey) return;
    this.findEntries -= byKey.size;
    this.finds.delete(collection);
  }

  private clearFinds(): void {
    this.finds.clear();
    this.findEntries = 0;
  }

  private clear(): void {
    this.docs.clear();
    this.clearFinds();
  }
}

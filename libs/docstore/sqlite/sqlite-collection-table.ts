/**
 * One collection's table as this process knows it: its declared indexes and its prepared statements. Statements
 * are prepared once and reused (read models are read on every request); find/count SQL depends only on the
 * filter's shape, not its values, so a bounded cache keyed by SQL text serves repeated query shapes.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Doc, IndexDef } from '../document-store.port';
import { RANK_ARRAY } from '../core/value-order';
import { fieldAccess } from './sqlite-expressions';
import { leadingFields, tableName } from './sqlite-schema';

const QUERY_CACHE_SIZE = 200;

export class CollectionTable {
  readonly table: string;
  readonly getDoc: Statement<[string], string>;
  readonly getDocs: Statement<[string], string>;
  readonly upsertDoc: Statement<[string, string, number | null]>;
  readonly deleteDoc: Statement<[{ id: string; pos: number | null }]>;
  private leading: Set<string>;
  private readonly queries = new Map<string, Statement>();
  private readonly rowQueries = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    readonly name: string,
    private indexDefs: IndexDef[],
  ) {
    const t = (this.table = tableName(name));
    this.leading = leadingFields(indexDefs);
    this.getDoc = db.prepare<[string], string>(`SELECT doc FROM ${t} WHERE id = ?`).pluck();
    this.getDocs = db
      .prepare<[string], string>(`SELECT doc FROM ${t} WHERE id IN (SELECT value FROM json_each(?))`)
      .pluck();
    // The position guard: a write carrying a position applies only over an older (or unpositioned) document,
    // the same rule the MongoDB adapter needs for exactly-once; here it makes replays no-ops too.
    this.upsertDoc = db.prepare(
      `INSERT INTO ${t} (id, doc, pos) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, ` +
        `pos = excluded.pos WHERE excluded.pos IS NULL OR ${t}.pos IS NULL OR ${t}.pos < excluded.pos`,
    );
    this.deleteDoc = db.prepare(
      `DELETE FROM ${t} WHERE id = @id AND (@pos IS NULL OR pos IS NULL OR pos < @pos)`,
    );
  }

  get indexes(): IndexDef[] {
    return this.indexDefs;
  }

  setIndexes(indexes: IndexDef[]): void {
    this.indexDefs = indexes;
    this.leading = leadingFields(indexes);
  }

  statement(sql: string): Statement {
    return cached(this.queries, sql, () => this.db.prepare(sql).pluck()); // one column: doc, count or 1
  }

  /** A query answering rows as arrays of its columns (findJson: id and doc). */
  rowStatement(sql: string): Statement {
    return cached(this.rowQueries, sql, () => this.db.prepare(sql).raw());
  }

  /**
   * Whether a field may hold arrays, deciding if a filter needs the json_each branch. For a field that leads
   * an index the answer is one index seek on rank = array; elsewhere the query scans anyway, so assume yes.
   */
  arraysPossible(path: string): boolean {
    if (!this.leading.has(path)) return true;
    const probe = this.statement(`SELECT 1 FROM ${this.table} WHERE ${fieldAccess(path).rank} = ${RANK_ARRAY} LIMIT 1`);
    return probe.get() !== undefined;
  }
}

/** A bounded cache of prepared statements by SQL text; Map order doubles as least-recently-used order. */
function cached(queries: Map<string, Statement>, sql: string, prepare: () => Statement): Statement {
  let statement = queries.get(sql);
  if (statement) {
    queries.delete(sql); // re-inserted below, as the most recently used
  } else {
    statement = prepare();
    if (queries.size >= QUERY_CACHE_SIZE) queries.delete(queries.keys().next().value as string);
  }
  queries.set(sql, statement);
  return statement;
}

/** Stored text without the reserved position field; the position lives in its own column. */
export function serializeDoc(doc: Doc): string {
  if (!doc || typeof doc._id !== 'string' || doc._id.length === 0) {
    throw new Error('docstore: a document needs a non-empty string _id');
  }
  if (!('_pos' in doc)) return JSON.stringify(doc);
  const { _pos: _ignored, ...rest } = doc;
  return JSON.stringify(rest);
}

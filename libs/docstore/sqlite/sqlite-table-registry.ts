/**
 * Which collections exist, shared with other processes through the meta table. A miss in this process's map
 * is re-read from the meta table, so a collection created by the CLI is visible to the server and vice versa.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { IndexDef } from '../document-store.port';
import { CollectionTable } from './sqlite-collection-table';
import { createCollectionTable, createIndexSql, indexSignature, META_TABLE, tableName, validateIndex } from './sqlite-schema';

export class TableRegistry {
  private readonly tables = new Map<string, CollectionTable>();

  private readonly readMeta: Statement<[string], string>;

  constructor(private readonly db: Database, private readonly onForget?: (name?: string) => void) {
    this.readMeta = db.prepare<[string], string>(`SELECT indexes FROM ${META_TABLE} WHERE name = ?`).pluck();
  }

  /** The collection's table, or null when it does not exist (reads then see an empty collection). */
  find(name: string): CollectionTable | null {
    const known = this.tables.get(name);
    if (known) return known;
    const row = this.readMeta.get(name);
    if (row === undefined) return null;
    const table = new CollectionTable(this.db, name, JSON.parse(row) as IndexDef[]);
    this.tables.set(name, table);
    return table;
  }

  /**
   * Creates the table and any declared index that is missing, and records the union of index definitions.
   * Indexes no longer declared are left in place: an older process may still be serving queries that use them.
   * Call inside a write transaction.
   */
  ensure(name: string, indexes: IndexDef[] = []): CollectionTable {
    indexes.forEach(validateIndex);
    const existing = this.find(name);
    const merged = new Map<string, IndexDef>();
    for (const index of [...(existing?.indexes ?? []), ...indexes]) {
      merged.set(indexSignature(index), { fields: [...index.fields], ...(index.unique ? { unique: true } : {}) });
    }
    if (existing && merged.size === existing.indexes.length) return existing;
    createCollectionTable(this.db, name);
    for (const index of merged.values()) this.db.exec(createIndexSql(name, index));
    const definitions = [...merged.values()];
    this.db
      .prepare(`INSERT INTO ${META_TABLE} (name, indexes) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET indexes = excluded.indexes`)
      .run(name, JSON.stringify(definitions));
    if (existing) {
      existing.setIndexes(definitions);
      return existing;
    }
    const table = new CollectionTable(this.db, name, definitions);
    this.tables.set(name, table);
    return table;
  }

  drop(name: string): void {
    this.db.exec(`DROP TABLE IF EXISTS ${tableName(name)}`);
    this.db.prepare(`DELETE FROM ${META_TABLE} WHERE name = ?`).run(name);
    this.forget(name);
  }

  /** Drops what this process cached: after a rollback, or when another process dropped the table. */
  forget(name?: string): void {
    if (name === undefined) this.tables.clear();
    else this.tables.delete(name);
    this.onForget?.(name);
  }

  list(): string[] {
    return this.db.prepare<[], string>(`SELECT name FROM ${META_TABLE} ORDER BY name`).pluck().all();
  }
}

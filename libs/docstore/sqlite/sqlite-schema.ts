/**
 * DDL for the embedded store: one table per collection, expression indexes over (rank, value) pairs, and the
 * store's own tables. The meta table keeps each collection's declared indexes so that another process (the CLI,
 * a restarted server) knows which fields are indexed without being told again.
 */
import type { Database } from 'better-sqlite3';
import type { IndexDef } from '../document-store.port';
import { fieldSegments } from '../core/store-names';
import { orderColumns, quoteIdent } from './sqlite-expressions';

export const META_TABLE = 'docstore_collections';
export const CHECKPOINT_TABLE = 'docstore_checkpoints';
export const LEASE_TABLE = 'docstore_leases';

export function createStoreTables(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${META_TABLE} (name TEXT PRIMARY KEY, indexes TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS ${CHECKPOINT_TABLE} (
      key TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS ${LEASE_TABLE} (
      name TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL) STRICT;
  `);
}

/** Collection tables carry a prefix so that no collection name can collide with the store's own tables. */
export function tableName(collection: string): string {
  return quoteIdent(`doc_${collection}`);
}

export function createCollectionTable(db: Database, collection: string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${tableName(collection)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL, pos INTEGER)`);
}

export function indexSignature(index: IndexDef): string {
  return `${index.fields.join(',')}${index.unique ? '!unique' : ''}`;
}

export function validateIndex(index: IndexDef): void {
  if (!Array.isArray(index.fields) || index.fields.length === 0) {
    throw new Error('docstore: an index needs at least one field');
  }
  for (const field of index.fields) {
    const path = field.startsWith('-') ? field.slice(1) : field;
    if (path !== '_id') fieldSegments(path);
  }
}

/**
 * Non-unique indexes end with id in the direction of the last field: the sort's tie-breaker (core/find-plan.ts),
 * so `ORDER BY ..., id` is served by the index in both scan directions. Unique ones cannot (id would make every
 * key distinct) and as in MongoDB, null and missing count as one value there: one document may lack the field.
 */
export function createIndexSql(collection: string, index: IndexDef): string {
  const columns: string[] = [];
  let lastDesc = false;
  for (const field of index.fields) {
    lastDesc = field.startsWith('-');
    const path = lastDesc ? field.slice(1) : field;
    for (const column of orderColumns(path)) columns.push(`${column} ${lastDesc ? 'DESC' : 'ASC'}`);
  }
  const endsWithId = index.fields[index.fields.length - 1].replace(/^-/, '') === '_id';
  if (!index.unique && !endsWithId) columns.push(`id ${lastDesc ? 'DESC' : 'ASC'}`);
  const name = quoteIdent(`ix_${collection}_${indexSignature(index)}`);
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${tableName(collection)} (${columns.join(', ')})`;
}

/** Fields that lead some index: only for those can a probe for stored arrays be an index seek. */
export function leadingFields(indexes: IndexDef[]): Set<string> {
  return new Set(indexes.map((index) => index.fields[0].replace(/^-/, '')));
}

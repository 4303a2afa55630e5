/**
 * The embedded DocumentStore: one SQLite file (WAL) shared by the server and CLI processes. Projections get
 * exactly-once by committing their documents and checkpoint in one transaction (commitBatch).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'fs';
import { dirname } from 'path';
import type { Checkpoint, Collection, CollectionDef, Doc, DocumentStore, DocWrite } from '../document-store.port';
import { assertCollectionName } from '../core/store-names';
import { prefixUpperBound } from '../core/value-order';
import { SqliteCollection } from './sqlite-collection';
import { serializeDoc } from './sqlite-collection-table';
import { isMissingTable, translateError } from './sqlite-errors';
import { CHECKPOINT_TABLE, createStoreTables, LEASE_TABLE } from './sqlite-schema';
import { TableRegistry } from './sqlite-table-registry';
import { SqliteDocCache } from './sqlite-doc-cache';

export interface SqliteDocumentStoreOptions {
  /** Database file path, or ':memory:'. */
  file: string;
  /** 'normal' (default) can lose the last commits on power loss but never tears one; read models are rebuildable. */
  synchronous?: 'normal' | 'full';
  /** How long a writer waits for another process's write lock before failing (ms). */
  busyTimeoutMs?: number;
}

interface CheckpointRow {
  key: string;
  position: number;
  updated_at: string;
}

export function openSqliteDocumentStore(options: SqliteDocumentStoreOptions): SqliteDocumentStore {
  return new SqliteDocumentStore(options);
}

export class SqliteDocumentStore implements DocumentStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly registry: TableRegistry;
  private readonly handles = new Map<string, SqliteCollection<Doc>>();
  private readonly sql;
  /** Built once: building a better-sqlite3 transaction costs more than running a small one. */
  private readonly commitTransaction;
  private readonly acquireLeaseTransaction;
  private failedCollection = '';
  private readonly cache: SqliteDocCache;

  constructor(readonly options: SqliteDocumentStoreOptions) {
    if (options.file !== ':memory:' && options.file !== '') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    // A larger WAL between checkpoints copies hot read-model pages back less often (see the event log's schema).
    this.db.pragma('wal_autocheckpoint = 10000');
    createStoreTables(this.db);
    this.cache = new SqliteDocCache(this.db);
    this.registry = new TableRegistry(this.db, (name) => this.cache.forgetCollection(name));
    const c = CHECKPOINT_TABLE;
    this.sql = {
      putCheckpoint: this.db.prepare(
        `INSERT INTO ${c} (key, position, updated_at) VALUES (?, ?, ?) ` +
          `ON CONFLICT (key) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
      ),
      getCheckpoint: this.db.prepare<[string], CheckpointRow>(`SELECT key, position, updated_at FROM ${c} WHERE key = ?`),
      allCheckpoints: this.db.prepare<[], CheckpointRow>(`SELECT key, position, updated_at FROM ${c} ORDER BY key`),
      rangeCheckpoints: this.db.prepare<[string, string], CheckpointRow>(
        `SELECT key, position, updated_at FROM ${c} WHERE key >= ? AND key < ? ORDER BY key`,
      ),
      prefixCheckpoints: this.db.prepare<[string, string], CheckpointRow>(
        `SELECT key, position, updated_at FROM ${c} WHERE substr(key, 1, length(?)) = ? ORDER BY key`,
      ),
      deleteCheckpoint: this.db.prepare(`DELETE FROM ${c} WHERE key = ?`),
      // Free, expired or already ours: one guarded upsert inside BEGIN IMMEDIATE, so two processes cannot both win.
      acquireLease: this.db.prepare(
        `INSERT INTO ${LEASE_TABLE} (name, owner, expires_at) VALUES (@name, @owner, @expires) ` +
          `ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at ` +
          `WHERE ${LEASE_TABLE}.owner = excluded.owner OR ${LEASE_TABLE}.expires_at <= @now`,
      ),
      releaseLease: this.db.prepare(`DELETE FROM ${LEASE_TABLE} WHERE name = ? AND owner = ?`),
    };
    // The documents and the checkpoint commit together or not at all (run with .immediate(): BEGIN IMMEDIATE).
    this.commitTransaction = this.db.transaction(
      (writes: DocWrite[], texts: (string | null)[], checkpoint?: Checkpoint) => {
        writes.forEach((write, i) => {
          this.failedCollection = write.collection;
          const existing = this.registry.find(write.collection);
          const position = write.position ?? null;
          this.cache.forget(write.collection, write.op === 'upsert' ? write.doc._id : write.id);
          if (write.op === 'upsert') {
            const table = existing ?? this.registry.ensure(write.collection); // created on first write, as MongoDB does
            table.upsertDoc.run(write.doc._id, texts[i] as string, position);
          } else if (existing) {
            existing.deleteDoc.run({ id: write.id, pos: position }); // nothing to delete in a missing collection
          }
        });
        if (checkpoint) this.putCheckpoint(checkpoint);
      },
    );
    this.acquireLeaseTransaction = this.db.transaction(
      (name: string, owner: string, expires: number, now: number) =>
        this.sql.acquireLease.run({ name, owner, expires, now }).changes === 1,
    );
  }

  async ensureCollection(def: CollectionDef): Promise<void> {
    assertCollectionName(def.name);
    try {
      this.db.transaction(() => this.registry.ensure(def.name, def.indexes ?? [])).immediate();
    } catch (error) {
      this.registry.forget(def.name);
      throw translateError(def.name, error);
    }
  }

  collection<T extends Doc = Doc>(name: string): Collection<T> {
    let handle = this.handles.get(name);
    if (!handle) {
      assertCollectionName(name);
      handle = new SqliteCollection<Doc>(this.db, this.registry, name, this.cache);
      this.handles.set(name, handle);
    }
    return handle as unknown as Collection<T>;
  }

  async listCollections(): Promise<string[]> {
    return this.registry.list();
  }

  async dropCollection(name: string): Promise<void> {
    assertCollectionName(name);
    this.db.transaction(() => this.registry.drop(name)).immediate();
  }

  async commitBatch(writes: DocWrite[], checkpoint?: Checkpoint): Promise<void> {
    const texts = writes.map((write) => {
      assertCollectionName(write.collection);
      return write.op === 'upsert' ? serializeDoc(write.doc) : null;
    });
    for (let attempt = 0; ; attempt++) {
      try {
        this.commitTransaction.immediate(writes, texts, checkpoint);
        return;
      } catch (error) {
        this.registry.forget(); // tables created inside the rolled-back transaction are gone again
        // Another process dropped a table this process had statements for: the retry starts from the meta table.
        if (attempt === 0 && isMissingTable(error)) continue;
        throw translateError(this.failedCollection, error);
      }
    }
  }

  async getCheckpoint(key: string): Promise<Checkpoint | null> {
    this.cache.revalidate(); // documents read after a checkpoint are at least as new as it
    return this.sql.getCheckpoint.get(key) ?? null;
  }

  async listCheckpoints(prefix?: string): Promise<Checkpoint[]> {
    this.cache.revalidate();
    if (!prefix) return this.sql.allCheckpoints.all();
    const upper = prefixUpperBound(prefix);
    return upper === null
      ? this.sql.prefixCheckpoints.all(prefix, prefix)
      : this.sql.rangeCheckpoints.all(prefix, upper);
  }

  async deleteCheckpoint(key: string): Promise<void> {
    this.sql.deleteCheckpoint.run(key);
  }

  async tryAcquireLease(name: string, owner: string, ttlMs: number, now: number = Date.now()): Promise<boolean> {
    return this.acquireLeaseTransaction.immediate(name, owner, now + ttlMs, now);
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    this.sql.releaseLease.run(name, owner);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private putCheckpoint(checkpoint: Checkpoint): void {
    this.sql.putCheckpoint.run(checkpoint.key, checkpoint.position, checkpoint.updated_at ?? new Date().toISOString());
  }
}

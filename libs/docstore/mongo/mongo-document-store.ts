/**
 * The production DocumentStore on MongoDB (a replica set or sharded cluster in production; any mongod works).
 * Checkpoints and leases live in two internal collections of the same database.
 */
import type { Collection as DriverCollection, Db, MongoClient } from 'mongodb';
import type { Checkpoint, Collection, CollectionDef, Doc, DocumentStore, DocWrite, IndexDef } from '../document-store.port';
import { assertCollectionName, fieldSegments, INTERNAL_PREFIX } from '../core/store-names';
import { prefixUpperBound } from '../core/value-order';
import { applyWrites } from './mongo-batch';
import { MongoCollection, translateError, type StoredDoc } from './mongo-collection';
import { hasCode, isDuplicateKey, NAMESPACE_EXISTS, NAMESPACE_NOT_FOUND } from './mongo-errors';
import { escapeRegex } from './mongo-query';

export interface MongoDocumentStoreOptions {
  /** mongodb:// or mongodb+srv:// connection string. */
  url: string;
  /** Defaults to the database in the URL's path, else "g3n". */
  database?: string;
}

interface CheckpointDoc {
  _id: string;
  position: number;
  updated_at: string;
}

interface LeaseDoc {
  _id: string;
  owner: string;
  expires_at: number;
}

export async function openMongoDocumentStore(options: MongoDocumentStoreOptions): Promise<MongoDocumentStore> {
  // Loaded on demand: the embedded default never pays for the driver at startup.
  const { MongoClient } = await import('mongodb');
  const client = new MongoClient(options.url, { ignoreUndefined: true });
  await client.connect();
  return new MongoDocumentStore(client, client.db(options.database ?? databaseFromUrl(options.url) ?? 'g3n'));
}

function databaseFromUrl(url: string): string | undefined {
  const path = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]+)/.exec(url)?.[1];
  return path ? decodeURIComponent(path) : undefined;
}

export class MongoDocumentStore implements DocumentStore {
  readonly kind = 'mongodb';
  private readonly checkpoints: DriverCollection<CheckpointDoc>;
  private readonly leases: DriverCollection<LeaseDoc>;

  constructor(
    private readonly client: MongoClient,
    readonly db: Db,
  ) {
    this.checkpoints = db.collection<CheckpointDoc>(`${INTERNAL_PREFIX}.checkpoints`);
    this.leases = db.collection<LeaseDoc>(`${INTERNAL_PREFIX}.leases`);
  }

  async ensureCollection(def: CollectionDef): Promise<void> {
    assertCollectionName(def.name);
    try {
      await this.db.createCollection(def.name);
    } catch (error) {
      if (!hasCode(error, NAMESPACE_EXISTS)) throw error;
    }
    const collection = this.db.collection(def.name);
    for (const index of def.indexes ?? []) {
      try {
        await collection.createIndex(indexKeys(index), index.unique ? { unique: true } : {});
      } catch (error) {
        throw translateError(def.name, error);
      }
    }
  }

  collection<T extends Doc = Doc>(name: string): Collection<T> {
    assertCollectionName(name);
    return new MongoCollection<T>(this.db.collection<StoredDoc>(name), name);
  }

  async listCollections(): Promise<string[]> {
    const infos = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return infos
      .map((info) => info.name)
      .filter((name) => !name.startsWith(INTERNAL_PREFIX) && !name.startsWith('system.'))
      .sort();
  }

  async dropCollection(name: string): Promise<void> {
    assertCollectionName(name);
    try {
      await this.db.dropCollection(name);
    } catch (error) {
      if (!hasCode(error, NAMESPACE_NOT_FOUND)) throw error;
    }
  }

  async commitBatch(writes: DocWrite[], checkpoint?: Checkpoint): Promise<void> {
    for (const write of writes) assertCollectionName(write.collection);
    await applyWrites(this.db, writes);
    // Only after every document write: a crash before this line replays the batch, which the guard absorbs.
    if (checkpoint) {
      const updated_at = checkpoint.updated_at ?? new Date().toISOString();
      await this.checkpoints.updateOne(
        { _id: checkpoint.key },
        { $set: { position: checkpoint.position, updated_at } },
        { upsert: true },
      );
    }
  }

  async getCheckpoint(key: string): Promise<Checkpoint | null> {
    const found = await this.checkpoints.findOne({ _id: key });
    return found ? toCheckpoint(found) : null;
  }

  async listCheckpoints(prefix?: string): Promise<Checkpoint[]> {
    const upper = prefix ? prefixUpperBound(prefix) : null;
    const filter = !prefix
      ? {}
      : upper === null
        ? { _id: { $regex: `^${escapeRegex(prefix)}` } }
        : { _id: { $gte: prefix, $lt: upper } };
    const found = await this.checkpoints.find(filter).sort({ _id: 1 }).toArray();
    return found.map(toCheckpoint);
  }

  async deleteCheckpoint(key: string): Promise<void> {
    await this.checkpoints.deleteOne({ _id: key });
  }

  /**
   * One conditional upsert: the filter matches a lease that is ours or expired; a lease held by someone else
   * does not match, so the upsert tries to insert its _id and fails with E11000, which means "not acquired"
   * (the same error settles two workers racing for a lease nobody holds yet).
   */
  async tryAcquireLease(name: string, owner: string, ttlMs: number, now: number = Date.now()): Promise<boolean> {
    try {
      await this.leases.updateOne(
        { _id: name, $or: [{ owner }, { expires_at: { $lte: now } }] },
        { $set: { owner, expires_at: now + ttlMs } },
        { upsert: true },
      );
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    await this.leases.deleteOne({ _id: name, owner });
  }

  /** Drops the whole database: test teardown and `reset`-style operator commands, never the request path. */
  async dropDatabase(): Promise<void> {
    await this.db.dropDatabase();
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

/**
 * Non-unique indexes end with _id in the last field's direction, matching the sort tie-breaker, so a sorted
 * page is an index scan without an in-memory SORT stage. Unique ones cannot (as in the SQLite adapter).
 */
function indexKeys(index: IndexDef): [string, 1 | -1][] {
  if (!Array.isArray(index.fields) || index.fields.length === 0) {
    throw new Error('docstore: an index needs at least one field');
  }
  const keys: [string, 1 | -1][] = index.fields.map((field) => {
    const desc = field.startsWith('-');
    const path = desc ? field.slice(1) : field;
    if (path !== '_id') fieldSegments(path);
    return [path, desc ? -1 : 1];
  });
  const [lastPath, lastDirection] = keys[keys.length - 1];
  if (!index.unique && lastPath !== '_id') keys.push(['_id', lastDirection]);
  return keys;
}

function toCheckpoint(doc: CheckpointDoc): Checkpoint {
  return { key: doc._id, position: doc.position, updated_at: doc.updated_at };
}

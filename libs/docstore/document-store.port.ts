/**
 * The DocumentStore port: read models as named collections of JSON documents with declared indexes.
 * Every adapter (SQLite embedded, MongoDB) passes the same contract suite in test/contract/docstore.
 */

/** Every document has a string `_id`. Field names starting with `_` are reserved for the store and the runtime. */
export interface Doc {
  _id: string;
  [field: string]: unknown;
}

export type Scalar = string | number | boolean | null;

/** Condition on one field; several operators on one field are ANDed. */
export interface FieldCondition {
  $eq?: Scalar;
  $ne?: Scalar;
  $in?: Scalar[];
  $gt?: Scalar;
  $gte?: Scalar;
  $lt?: Scalar;
  $lte?: Scalar;
  /** String starts with this prefix (case-sensitive). */
  $prefix?: string;
  /** Field is present (true) or absent (false). */
  $exists?: boolean;
}

/**
 * Filter: every field given must match. A bare scalar means equality. Dotted paths reach into nested objects
 * (`"address.country"`). An array field matches equality when any element equals the value, as in MongoDB.
 */
export type Filter = Record<string, Scalar | FieldCondition>;

export interface SortField {
  field: string;
  direction: 'asc' | 'desc';
}

export interface FindOptions {
  sort?: SortField[];
  /** Page size; adapters cap it at 1000. Default 100. */
  limit?: number;
  /** Opaque cursor from a previous page's `next_cursor`; must be used with the same filter and sort. */
  cursor?: string;
}

export interface FindPage<T extends Doc> {
  items: T[];
  /** Present when more items may follow. */
  next_cursor?: string;
}

/** A stored document as its JSON text (what `find` would parse), with its id. */
export interface StoredJson {
  _id: string;
  json: string;
}

export interface JsonPage {
  items: StoredJson[];
  /** Present when more items may follow. */
  next_cursor?: string;
}

export interface IndexDef {
  /** Fields in order; `-` prefix for descending, e.g. ['org_guid', '-created_at']. */
  fields: string[];
  unique?: boolean;
}

export interface CollectionDef {
  name: string;
  indexes?: IndexDef[];
}

/**
 * One write in a batch. `position` is the log position of the event that produced it (projections set it):
 * an adapter that cannot commit the batch and its checkpoint atomically (MongoDB) keeps it on the document and
 * ignores a write whose position is at or below the one already stored, which makes replays harmless.
 */
export type DocWrite =
  | { op: 'upsert'; collection: string; doc: Doc; position?: number }
  | { op: 'delete'; collection: string; id: string; position?: number };

export interface Checkpoint {
  /** Projection or processor key, e.g. "ics.stock-level@3#g17". */
  key: string;
  position: number;
  updated_at?: string;
}

export interface Lease {
  name: string;
  owner: string;
  expires_at: number;
}

export interface Collection<T extends Doc = Doc> {
  readonly name: string;
  get(id: string): Promise<T | null>;
  getMany(ids: string[]): Promise<T[]>;
  find(filter?: Filter, options?: FindOptions): Promise<FindPage<T>>;
  /**
   * `find` without parsing, in `_id` order only: each document's JSON text. For audits that compare what is stored
   * with what they expect (`verifyProjections` compares texts first and parses only a document that differs).
   * SQLite answers the stored text itself; MongoDB serialises what `find` returns (its keys may come in another
   * order: MongoDB stores `_id` first).
   */
  findJson(filter?: Filter, options?: Omit<FindOptions, 'sort'>): Promise<JsonPage>;
  count(filter?: Filter): Promise<number>;
  upsert(doc: T): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface DocumentStore {
  /** Human-readable adapter name, e.g. "sqlite" or "mongodb". */
  readonly kind: string;
  /** Creates the collection and its indexes if missing (idempotent). */
  ensureCollection(def: CollectionDef): Promise<void>;
  collection<T extends Doc = Doc>(name: string): Collection<T>;
  listCollections(): Promise<string[]>;
  dropCollection(name: string): Promise<void>;
  /**
   * Applies the writes in order, then the checkpoint if given. SQLite: one transaction (exactly-once).
   * MongoDB: documents guarded by `position`, then the checkpoint (exactly-once effect).
   */
  commitBatch(writes: DocWrite[], checkpoint?: Checkpoint): Promise<void>;
  getCheckpoint(key: string): Promise<Checkpoint | null>;
  listCheckpoints(prefix?: string): Promise<Checkpoint[]>;
  deleteCheckpoint(key: string): Promise<void>;
  /**
   * Takes or renews a named lease for `owner` when it is free, expired or already `owner`'s; true on success.
   * This is how several workers share projections and delivery partitions.
   */
  tryAcquireLease(name: string, owner: string, ttlMs: number, now?: number): Promise<boolean>;
  releaseLease(name: string, owner: string): Promise<void>;
  close(): Promise<void>;
}

/** Fields the adapters add to stored documents; stripped from what get/find return. */
export const RESERVED_POSITION_FIELD = '_pos';

export const MAX_FIND_LIMIT = 1000;
export const DEFAULT_FIND_LIMIT = 100;

/** A unique index was violated (SQLite constraint or MongoDB E11000). */
export class DuplicateKeyError extends Error {
  constructor(readonly collection: string, message: string) {
    super(message);
    this.name = 'DuplicateKeyError';
  }
}

/** A cursor that this store did not issue for this query (garbled, or from another sort). */
export class InvalidCursorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCursorError';
  }
}

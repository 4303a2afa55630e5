/** The Collection port over one MongoDB collection. `_pos` is kept on stored documents and projected away. */
import type { Collection as DriverCollection, Document, FindOptions as DriverFindOptions } from 'mongodb';
import { DuplicateKeyError, type Collection, type Doc, type Filter, type FindOptions, type FindPage, type JsonPage } from '../document-store.port';
import { filterTerms } from '../core/filter-terms';
import { encodeCursor, planFind } from '../core/find-plan';
import { isDuplicateKey } from './mongo-errors';
import { andFilters, mongoFilter, mongoKeyset, mongoSort } from './mongo-query';

/** What the driver stores: string ids chosen by the projections, never ObjectIds. */
export interface StoredDoc extends Document {
  _id: string;
}

const WITHOUT_POSITION: DriverFindOptions = { projection: { _pos: 0 } };

export class MongoCollection<T extends Doc = Doc> implements Collection<T> {
  constructor(
    private readonly driver: DriverCollection<StoredDoc>,
    readonly name: string,
  ) {}

  async get(id: string): Promise<T | null> {
    return (await this.driver.findOne({ _id: id }, WITHOUT_POSITION)) as unknown as T | null;
  }

  async getMany(ids: string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    const found = (await this.driver.find({ _id: { $in: unique } }, WITHOUT_POSITION).toArray()) as unknown as T[];
    const byId = new Map(found.map((doc) => [doc._id, doc]));
    return unique.flatMap((id) => byId.get(id) ?? []); // in the order asked for, like the SQLite adapter
  }

  async find(filter?: Filter, options?: FindOptions): Promise<FindPage<T>> {
    const plan = planFind(options);
    const query = andFilters([mongoFilter(filterTerms(filter)), plan.after ? mongoKeyset(plan.sort, plan.after) : {}]);
    const rows = (await this.driver
      .find(query, { ...WITHOUT_POSITION, sort: mongoSort(plan.sort), limit: plan.limit + 1 })
      .toArray()) as unknown as T[];
    const items = rows.slice(0, plan.limit);
    if (rows.length <= plan.limit) return { items };
    return { items, next_cursor: encodeCursor(plan.sort, items[items.length - 1]) };
  }

  /** The driver hands back parsed documents anyway: this is find, serialised. */
  async findJson(filter?: Filter, options?: Omit<FindOptions, 'sort'>): Promise<JsonPage> {
    const page = await this.find(filter, { limit: options?.limit, cursor: options?.cursor });
    return { items: page.items.map((doc) => ({ _id: doc._id, json: JSON.stringify(doc) })), next_cursor: page.next_cursor };
  }

  async count(filter?: Filter): Promise<number> {
    return this.driver.countDocuments(mongoFilter(filterTerms(filter)));
  }

  async upsert(doc: T): Promise<void> {
    const stored = toStored(doc);
    try {
      await this.driver.replaceOne({ _id: stored._id }, stored, { upsert: true });
    } catch (error) {
      throw translateError(this.name, error);
    }
  }

  async delete(id: string): Promise<void> {
    await this.driver.deleteOne({ _id: id });
  }
}

/**
 * The stored form: a JSON round trip, so MongoDB holds exactly what SQLite would (undefined dropped, Dates as
 * ISO strings, class instances as plain objects) and both adapters filter and sort the same values.
 */
export function toStored(doc: Doc, position?: number): StoredDoc {
  if (!doc || typeof doc._id !== 'string' || doc._id.length === 0) {
    throw new Error('docstore: a document needs a non-empty string _id');
  }
  const stored = JSON.parse(JSON.stringify(doc)) as StoredDoc;
  delete stored._pos;
  if (position !== undefined) stored._pos = position;
  return stored;
}

export function translateError(collection: string, error: unknown): unknown {
  if (isDuplicateKey(error)) {
    return new DuplicateKeyError(collection, `docstore: duplicate key in ${collection}: ${(error as Error).message}`);
  }
  return error;
}

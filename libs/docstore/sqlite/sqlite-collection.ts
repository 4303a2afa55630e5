/** The Collection port over one SQLite table. Calls are synchronous underneath; the port is async for MongoDB. */
import type { Database } from 'better-sqlite3';
import type { Collection, Doc, Filter, FindOptions, FindPage, JsonPage, StoredJson } from '../document-store.port';
import { filterTerms, type FilterTerm } from '../core/filter-terms';
import { encodeCursor, planFind, type FindPlan } from '../core/find-plan';
import { serializeDoc, type CollectionTable } from './sqlite-collection-table';
import { isMissingTable, translateError } from './sqlite-errors';
import { whereFromTerms } from './sqlite-filter-sql';
import { pageQueries } from './sqlite-find-sql';
import type { SqliteDocCache } from './sqlite-doc-cache';
import type { TableRegistry } from './sqlite-table-registry';

export class SqliteCollection<T extends Doc = Doc> implements Collection<T> {
  /**
   * Read transactions, built once (building one costs more than running it): the array probes and both keyset
   * statements of a page then see one snapshot, even while another process commits.
   */
  private readonly readPage: (table: CollectionTable, terms: FilterTerm[], plan: FindPlan) => string[];
  private readonly countRows: (table: CollectionTable, terms: FilterTerm[]) => number;
  private readonly readJsonPage: (table: CollectionTable, terms: FilterTerm[], plan: FindPlan) => Array<[string, string]>;

  constructor(
    private readonly db: Database,
    private readonly registry: TableRegistry,
    readonly name: string,
    private readonly cache?: SqliteDocCache,
  ) {
    this.readPage = db.transaction((table: CollectionTable, terms: FilterTerm[], plan: FindPlan) => {
      const wanted = plan.limit + 1; // one extra row tells whether another page follows
      const where = whereFromTerms(terms, (path) => table.arraysPossible(path));
      const rows: string[] = [];
      for (const query of pageQueries(table.table, where, plan.sort, plan.after)) {
        if (rows.length >= wanted) break;
        rows.push(...(table.statement(`${query.sql} LIMIT ${wanted - rows.length}`).all(...query.params) as string[]));
      }
      return rows;
    });
    this.readJsonPage = db.transaction((table: CollectionTable, terms: FilterTerm[], plan: FindPlan) => {
      const wanted = plan.limit + 1;
      const where = whereFromTerms(terms, (path) => table.arraysPossible(path));
      const rows: Array<[string, string]> = [];
      for (const query of pageQueries(table.table, where, plan.sort, plan.after, 'id, doc')) {
        if (rows.length >= wanted) break;
        rows.push(...(table.rowStatement(`${query.sql} LIMIT ${wanted - rows.length}`).all(...query.params) as Array<[string, string]>));
      }
      return rows;
    });
    this.countRows = db.transaction((table: CollectionTable, terms: FilterTerm[]) => {
      const where = whereFromTerms(terms, (path) => table.arraysPossible(path));
      const whereSql = where.sql === '1' ? '' : ` WHERE ${where.sql}`;
      return table.statement(`SELECT count(*) FROM ${table.table}${whereSql}`).get(...where.params) as number;
    });
  }

  async get(id: string): Promise<T | null> {
    const cached = this.cache?.get(this.name, id);
    if (cached !== undefined) return cached === null ? null : (JSON.parse(cached) as T);
    let looked = false; // the table exists and was read (a missing table is not remembered as a missing document)
    const text = this.read((table) => {
      const found = table.getDoc.get(id);
      looked = true;
      return found;
    }, undefined);
    if (looked) this.cache?.set(this.name, id, text ?? null);
    return text === undefined ? null : (JSON.parse(text) as T);
  }

  async getMany(ids: string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    const texts = this.read((table) => table.getDocs.all(JSON.stringify(ids)), []);
    const byId = new Map<string, T>();
    for (const text of texts) {
      const doc = JSON.parse(text) as T;
      byId.set(doc._id, doc);
    }
    // In the order asked for, each found document once: callers zip results with their own lists.
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  }

  async find(filter?: Filter, options?: FindOptions): Promise<FindPage<T>> {
    const terms = filterTerms(filter);
    const plan = planFind(options);
    // Undefined criteria are ignored by filterTerms and dropped by JSON.stringify alike.
    const key = this.cache ? JSON.stringify([filter ?? null, options ?? null]) : '';
    let texts = this.cache?.getFind(this.name, key);
    if (!texts) {
      let looked = false; // as for get: a missing table is not remembered as an empty result
      texts = this.read((table) => {
        const rows = this.readPage(table, terms, plan);
        looked = true;
        return rows;
      }, []);
      if (looked) this.cache?.setFind(this.name, key, texts);
    }
    const items = texts.slice(0, plan.limit).map((text) => JSON.parse(text) as T);
    if (texts.length <= plan.limit) return { items };
    return { items, next_cursor: encodeCursor(plan.sort, items[items.length - 1]) };
  }

  /** The stored texts as they are: no parse, no copy. */
  async findJson(filter?: Filter, options?: Omit<FindOptions, 'sort'>): Promise<JsonPage> {
    const terms = filterTerms(filter);
    const plan = planFind({ limit: options?.limit, cursor: options?.cursor });
    const rows = this.read((table) => this.readJsonPage(table, terms, plan), []);
    const items: StoredJson[] = rows.slice(0, plan.limit).map(([_id, json]) => ({ _id, json }));
    if (rows.length <= plan.limit) return { items };
    return { items, next_cursor: encodeCursor(plan.sort, { _id: items[items.length - 1]._id }) };
  }

  async count(filter?: Filter): Promise<number> {
    const terms = filterTerms(filter);
    return this.read((table) => this.countRows(table, terms), 0);
  }

  async upsert(doc: T): Promise<void> {
    const text = serializeDoc(doc);
    this.cache?.forget(this.name, doc._id);
    this.write((table) => table.upsertDoc.run(doc._id, text, null));
  }

  async delete(id: string): Promise<void> {
    if (!this.registry.find(this.name)) return;
    this.cache?.forget(this.name, id);
    this.write((table) => table.deleteDoc.run({ id, pos: null }));
  }

  /** Reads see a missing collection as empty; a table dropped by another process is noticed and forgotten. */
  private read<R>(fn: (table: CollectionTable) => R, empty: R): R {
    for (let attempt = 0; ; attempt++) {
      const table = this.registry.find(this.name);
      if (!table) return empty;
      try {
        return fn(table);
      } catch (error) {
        if (attempt > 0 || !isMissingTable(error)) throw error;
        this.registry.forget(this.name);
      }
    }
  }

  /** Writes create the collection on first use, as MongoDB does. */
  private write(fn: (table: CollectionTable) => void): void {
    for (let attempt = 0; ; attempt++) {
      const table = this.registry.find(this.name);
      try {
        if (table) fn(table);
        else this.db.transaction(() => fn(this.registry.ensure(this.name))).immediate();
        return;
      } catch (error) {
        if (!table) this.registry.forget(this.name); // the rollback also undid the table's creation
        if (attempt === 0 && isMissingTable(error)) {
          this.registry.forget(this.name);
          continue;
        }
        throw translateError(this.name, error);
      }
    }
  }
}

import type { Collection, Doc, DocumentStore, Filter, FindOptions, FindPage } from '@g3n/docstore';
import { ProjectionCatalog } from './projection-catalog';
import type { ProjectionDefinition } from './projection-definition';

/**
 * The query side's view of read models: logical collection names resolved to the serving generation. The alias
 * map is refreshed every `refreshMs` and at once after a switch in this process; a read that fails right after a
 * switch elsewhere (the old generation just dropped) refreshes and retries once.
 */
export class ReadModels {
  private readonly owners = new Map<string, string>();
  private aliases = new Map<string, string>();
  private loadedAt = 0;
  private loading?: Promise<void>;

  constructor(
    private readonly store: DocumentStore,
    private readonly catalog: ProjectionCatalog,
    definitions: ProjectionDefinition[],
    private readonly refreshMs = 1000,
  ) {
    for (const d of definitions) for (const c of d.collections) this.owners.set(c.name, d.name);
  }

  collection<T extends Doc = Doc>(logical: string): Collection<T> {
    if (!this.owners.has(logical)) throw new Error(`no projection declares the collection ${logical}`);
    const withRetry = async <R>(read: (c: Collection<T>) => Promise<R>): Promise<R> => {
      const physical = await this.physical(logical);
      try {
        return await read(this.store.collection<T>(physical));
      } catch (error) {
        this.invalidate();
        const fresh = await this.physical(logical);
        if (fresh === physical) throw error;
        return read(this.store.collection<T>(fresh));
      }
    };
    return {
      name: logical,
      get: (id: string) => withRetry((c) => c.get(id)),
      getMany: (ids: string[]) => withRetry((c) => c.getMany(ids)),
      find: (filter?: Filter, options?: FindOptions): Promise<FindPage<T>> => withRetry((c) => c.find(filter, options)),
      findJson: (filter?: Filter, options?: Omit<FindOptions, 'sort'>) => withRetry((c) => c.findJson(filter, options)),
      count: (filter?: Filter) => withRetry((c) => c.count(filter)),
      upsert: () => Promise.reject(new Error('read models are written only by their projection')),
      delete: () => Promise.reject(new Error('read models are written only by their projection')),
    };
  }

  /** Forget the alias map; the next read reloads it. */
  invalidate(): void {
    this.loadedAt = 0;
  }

  async physical(logical: string): Promise<string> {
    if (Date.now() - this.loadedAt > this.refreshMs) await this.reload();
    const physical = this.aliases.get(logical);
    if (physical) return physical;
    // Not built yet (first start): generation 1 is where it will appear.
    return `${logical}__g1`;
  }

  private reload(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const metas = await this.catalog.list();
        const next = new Map<string, string>();
        for (const meta of metas) for (const [logical, physical] of Object.entries(meta.collections)) next.set(logical, physical);
        this.aliases = next;
        this.loadedAt = Date.now();
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }
}

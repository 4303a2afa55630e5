import type { DocumentStore } from '@g3n/docstore';
import { physicalName, ProjectionDefinition } from './projection-definition';

export const META_COLLECTION = '_projections';
export const STATUS_COLLECTION = '_projection_status';

/** Which generation of a projection serves reads, and where its documents live. */
export interface ProjectionMeta {
  _id: string;
  version: number;
  generation: number;
  /** logical collection name → physical collection name of the serving generation. */
  collections: Record<string, string>;
  switched_at: string;
  /** Older generations waiting to be dropped once readers have moved over. */
  retired: Array<{ generation: number; collections: Record<string, string>; retired_at: string }>;
  [field: string]: unknown;
}

export type ProjectionState = 'starting' | 'catching-up' | 'live' | 'error' | 'standby' | 'stopped';

/** What a worker reports about a projection, stored so `g3n projections status` can read it from another process. */
export interface ProjectionStatusDoc {
  _id: string;
  state: ProjectionState;
  owner: string;
  version: number;
  generation: number;
  checkpoint: number;
  head: number;
  lag: number;
  error: { message: string; at: string; attempts: number; retry_at: string } | null;
  updated_at: string;
  [field: string]: unknown;
}

/** The blue-green bookkeeping for projections, kept in the document store beside the read models. */
export class ProjectionCatalog {
  private ready?: Promise<void>;

  constructor(private readonly store: DocumentStore) {}

  async get(name: string): Promise<ProjectionMeta | null> {
    await this.ensure();
    return this.store.collection<ProjectionMeta>(META_COLLECTION).get(name);
  }

  async list(): Promise<ProjectionMeta[]> {
    await this.ensure();
    const out: ProjectionMeta[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.store.collection<ProjectionMeta>(META_COLLECTION).find({}, { limit: 1000, cursor });
      out.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    return out;
  }

  /** The serving generation, created empty (generation 1) the first time a projection is seen. */
  async ensureServing(definition: ProjectionDefinition, now: Date): Promise<ProjectionMeta> {
    const existing = await this.get(definition.name);
    if (existing) return existing;
    const meta: ProjectionMeta = {
      _id: definition.name,
      version: definition.version,
      generation: 1,
      collections: collectionsFor(definition, 1),
      switched_at: now.toISOString(),
      retired: [],
    };
    await this.createCollections(definition, 1);
    await this.store.collection<ProjectionMeta>(META_COLLECTION).upsert(meta);
    return meta;
  }

  async createCollections(definition: ProjectionDefinition, generation: number): Promise<Record<string, string>> {
    for (const c of definition.collections) {
      await this.store.ensureCollection({ ...c, name: physicalName(c.name, generation) });
    }
    return collectionsFor(definition, generation);
  }

  /** Makes `generation` the serving one; the previous generation is kept as retired until dropped. */
  async switchTo(definition: ProjectionDefinition, generation: number, now: Date): Promise<ProjectionMeta> {
    const previous = await this.get(definition.name);
    const retired = previous ? [...previous.retired] : [];
    if (previous && previous.generation !== generation) {
      retired.push({ generation: previous.generation, collections: previous.collections, retired_at: now.toISOString() });
    }
    const meta: ProjectionMeta = {
      _id: definition.name,
      version: definition.version,
      generation,
      collections: collectionsFor(definition, generation),
      switched_at: now.toISOString(),
      retired,
    };
    await this.store.collection<ProjectionMeta>(META_COLLECTION).upsert(meta);
    return meta;
  }

  /** Drops retired generations older than `graceMs` (readers refresh their alias well within it). */
  async dropRetired(name: string, now: Date, graceMs: number, checkpointKeyOf: (generation: number) => string): Promise<number> {
    const meta = await this.get(name);
    if (!meta || meta.retired.length === 0) return 0;
    const keep: ProjectionMeta['retired'] = [];
    let dropped = 0;
    for (const r of meta.retired) {
      if (now.getTime() - Date.parse(r.retired_at) < graceMs) {
        keep.push(r);
        continue;
      }
      await this.dropGeneration(r, checkpointKeyOf);
      dropped++;
    }
    await this.store.collection<ProjectionMeta>(META_COLLECTION).upsert({ ...meta, retired: keep });
    return dropped;
  }

  /**
   * Removes a projection altogether: every generation's collections and checkpoints, its catalog entry and its
   * status. For a projection the code no longer has (`g3n projections drop`); returns the collections dropped.
   */
  async forget(name: string, checkpointKeyOf: (generation: number) => string): Promise<string[]> {
    const meta = await this.get(name);
    const dropped: string[] = [];
    if (meta) {
      for (const generation of [{ generation: meta.generation, collections: meta.collections }, ...meta.retired]) {
        dropped.push(...(await this.dropGeneration(generation, checkpointKeyOf)));
      }
      await this.store.collection<ProjectionMeta>(META_COLLECTION).delete(name);
    }
    await this.store.collection<ProjectionStatusDoc>(STATUS_COLLECTION).delete(name);
    return dropped;
  }

  /** One generation's collections and checkpoint; returns the collections dropped. */
  private async dropGeneration(g: { generation: number; collections: Record<string, string> }, checkpointKeyOf: (generation: number) => string): Promise<string[]> {
    const physicals = Object.values(g.collections);
    for (const physical of physicals) await this.store.dropCollection(physical);
    await this.store.deleteCheckpoint(checkpointKeyOf(g.generation));
    return physicals;
  }

  async writeStatus(status: ProjectionStatusDoc): Promise<void> {
    await this.ensure();
    await this.store.collection<ProjectionStatusDoc>(STATUS_COLLECTION).upsert(status);
  }

  async statuses(): Promise<ProjectionStatusDoc[]> {
    await this.ensure();
    const page = await this.store.collection<ProjectionStatusDoc>(STATUS_COLLECTION).find({}, { limit: 1000 });
    return page.items;
  }

  private ensure(): Promise<void> {
    this.ready ??= (async () => {
      await this.store.ensureCollection({ name: META_COLLECTION });
      await this.store.ensureCollection({ name: STATUS_COLLECTION });
    })();
    return this.ready;
  }
}

export function collectionsFor(definition: ProjectionDefinition, generation: number): Record<string, string> {
  return Object.fromEntries(definition.collections.map((c) => [c.name, physicalName(c.name, generation)]));
}

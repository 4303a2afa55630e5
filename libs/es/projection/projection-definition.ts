import type { CollectionDef } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';
import type { ProjectionContext } from './projection-context';

/**
 * A read model built from the log. Handlers must be deterministic: they may use only the event (its data,
 * metadata, position) and what they read through the context, never the clock, so a rebuild or `g3n events
 * verify` reproduces the stored documents exactly. They must not change the event either: a rebuild or verify of
 * many projections hands the same event object to each of them.
 */
export type ProjectionHandler = (event: RecordedEvent, ctx: ProjectionContext) => void | Promise<void>;

export interface ProjectionDefinition {
  /** `<service>.<read-model>`, e.g. `ics.stock-level`. */
  name: string;
  /** Bump to rebuild the read model side by side (blue-green) on the next start. */
  version: number;
  /** Logical collections this projection owns; readers use these names, storage uses a generation suffix. */
  collections: CollectionDef[];
  /**
   * Handlers by event type. A key ending in `*` matches a type prefix (`ics.*`, or `*` for every event);
   * an exact key wins over a prefix.
   */
  handlers: Record<string, ProjectionHandler>;
  /** Field naming a document's tenant, for `g3n events verify --org` (default `org_guid`). */
  tenantField?: string;
}

/** The log filter that feeds a projection: exact types and prefixes from its handler keys. */
export function typePrefixesOf(definition: ProjectionDefinition): string[] | undefined {
  const keys = Object.keys(definition.handlers);
  if (keys.includes('*')) return undefined;
  return keys.map((k) => (k.endsWith('*') ? k.slice(0, -1) : k));
}

/**
 * The log filter that feeds all of these projections at once (one read for a rebuild or verify of many):
 * undefined (every event) when one of them takes `*`, else the union of their prefixes, without those a
 * shorter prefix in the union already covers.
 */
export function typePrefixesOfAll(definitions: ProjectionDefinition[]): string[] | undefined {
  const all = new Set<string>();
  for (const definition of definitions) {
    const prefixes = typePrefixesOf(definition);
    if (!prefixes) return undefined;
    for (const p of prefixes) all.add(p);
  }
  const sorted = [...all].sort();
  // Sorted, a prefix comes right before everything it covers, so comparing with the last kept one suffices.
  const kept: string[] = [];
  for (const p of sorted) if (kept.length === 0 || !p.startsWith(kept[kept.length - 1])) kept.push(p);
  return kept;
}

/**
 * Handler lookups by event type, per handlers object. Rebuild and verify look up every event of the log for
 * every projection, and a miss scans all handler keys for prefixes, so each answer is computed once. Keyed on
 * the handlers object (not the definition) so `{ ...definition, version: 2 }` shares the cache; definitions
 * never change their handlers after registration.
 */
const handlerCache = new WeakMap<Record<string, ProjectionHandler>, Map<string, ProjectionHandler | null>>();

export function handlerFor(definition: ProjectionDefinition, type: string): ProjectionHandler | undefined {
  let byType = handlerCache.get(definition.handlers);
  if (!byType) handlerCache.set(definition.handlers, (byType = new Map()));
  let handler = byType.get(type);
  if (handler === undefined) byType.set(type, (handler = findHandler(definition.handlers, type) ?? null));
  return handler ?? undefined;
}

function findHandler(handlers: Record<string, ProjectionHandler>, type: string): ProjectionHandler | undefined {
  const exact = handlers[type];
  if (exact) return exact;
  let best: string | undefined;
  for (const key of Object.keys(handlers)) {
    if (!key.endsWith('*')) continue;
    const prefix = key.slice(0, -1);
    if (type.startsWith(prefix) && (best === undefined || prefix.length > best.length - 1)) best = key;
  }
  return best ? handlers[best] : undefined;
}

/** True when events of `type` feed this projection (used by read-your-writes). */
export function consumes(definition: ProjectionDefinition, type: string): boolean {
  return handlerFor(definition, type) !== undefined;
}

export function physicalName(logical: string, generation: number): string {
  return `${logical}__g${generation}`;
}

export function checkpointKey(name: string, generation: number): string {
  return `projection:${name}#g${generation}`;
}

/** Fails at start on duplicate projection names or a collection claimed by two projections. */
export function assertUniqueProjections(definitions: ProjectionDefinition[]): void {
  const names = new Set<string>();
  const owners = new Map<string, string>();
  for (const d of definitions) {
    if (names.has(d.name)) throw new Error(`projection registered twice: ${d.name}`);
    names.add(d.name);
    for (const c of d.collections) {
      const owner = owners.get(c.name);
      if (owner) throw new Error(`collection ${c.name} is owned by both ${owner} and ${d.name}`);
      owners.set(c.name, d.name);
    }
  }
}

/** Which of `items` (each with its projection) an event type feeds, worked out once per type: one pass fanning out. */
export function feedsByType<T>(items: T[], definitionOf: (item: T) => ProjectionDefinition): (type: string) => T[] {
  const feeds = new Map<string, T[]>();
  return (type) => {
    let fed = feeds.get(type);
    if (!fed) feeds.set(type, (fed = items.filter((item) => handlerFor(definitionOf(item), type) !== undefined)));
    return fed;
  };
}

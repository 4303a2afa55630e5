import type { Doc, Filter, SortField } from '@g3n/docstore';
import type { Runtime } from '@g3n/platform';

/** A read-model document as the API shows it: without the store's `_id` (every record has its own *_guid). */
export function view<T extends Doc>(doc: T): Omit<T, '_id'> {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

/** A filter from optional criteria: absent ones are left out. */
export function criteria(fields: Record<string, string | number | boolean | null | undefined>): Filter {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Filter;
}

/** One page of a list route: `{ items, next_token }`, next_token being the store's keyset cursor. */
export async function page<T extends Doc>(
  runtime: Runtime,
  collection: string,
  filter: Filter,
  options: { limit?: number; next_token?: string; sort?: SortField[] },
  map: (doc: T) => unknown = view,
): Promise<{ items: unknown[]; next_token: string | null }> {
  const found = await runtime.readModels.collection<T>(collection).find(filter, {
    sort: options.sort ?? [{ field: 'created_at', direction: 'asc' }],
    limit: options.limit ?? 50,
    cursor: options.next_token,
  });
  return { items: found.items.map(map), next_token: found.next_cursor ?? null };
}

/**
 * Reads a document of a read model another service (or the facilities half of OFM) owns. Null when that
 * projection is not registered in this build, so a missing neighbour reads as "no such record", not a 500.
 */
export async function foreignDoc<T extends Doc>(runtime: Runtime, collection: string, id: string): Promise<T | null> {
  if (!runtime.projections.some((p) => p.collections.some((c) => c.name === collection))) return null;
  return runtime.readModels.collection<T>(collection).get(id);
}

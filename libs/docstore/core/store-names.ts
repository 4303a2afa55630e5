/**
 * Names that reach SQL identifiers, JSON paths and MongoDB namespaces. Both adapters validate them the same way,
 * so a name that works embedded also works in production (and nothing user-supplied is ever spliced into SQL).
 */

const COLLECTION_NAME = /^[A-Za-z0-9_.@#-]{1,120}$/;
/** Internal collections (checkpoints, leases) live under this prefix; user collections may not. */
export const INTERNAL_PREFIX = '_docstore';

/** One segment of a dotted field path. All-digit segments are refused: MongoDB reads them as array indexes. */
const FIELD_SEGMENT = /^(?!\d+$)[A-Za-z0-9_@#-]{1,100}$/;

export function assertCollectionName(name: string): void {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw new Error(`docstore: invalid collection name ${JSON.stringify(name)}: expected /^[A-Za-z0-9_.@#-]{1,120}$/`);
  }
  if (name.startsWith(INTERNAL_PREFIX) || name.startsWith('system.')) {
    throw new Error(`docstore: collection name ${JSON.stringify(name)} is reserved`);
  }
}

/** Validates a dotted field path used in a filter, a sort or an index; returns its segments. */
export function fieldSegments(path: string): string[] {
  if (typeof path !== 'string') throw new Error(`docstore: invalid field path ${String(path)}`);
  const segments = path.split('.');
  if (!segments.every((s) => FIELD_SEGMENT.test(s))) {
    throw new Error(`docstore: invalid field path ${JSON.stringify(path)}: segments are [A-Za-z0-9_@#-], not all digits`);
  }
  if (segments[0] === '_pos') throw new Error('docstore: _pos is reserved for the store');
  return segments;
}

/** Reads a dotted path from a plain document; undefined when any step is missing. */
export function readPath(doc: Record<string, unknown>, path: string): unknown {
  let current: unknown = doc;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Metadata = ValidationMetadata[];

let installed = false;

/**
 * class-validator recomputes a DTO's validation metadata on every validate() call, scanning every registered class
 * for inheritance (hundreds of DTOs here): the largest single cost of validating a small body (profiled in issue 6).
 * Metadata is fixed once the decorators have run, so the answers are memoised per (class, schema, options) and the
 * memo is cleared whenever metadata is added (a class declared later, e.g. by a test). Idempotent.
 */
export function installValidationMetadataCache(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage();
  const targets = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  let byTarget = new Map<Function, Map<string, Metadata>>();
  let grouped = new WeakMap<Metadata, Record<string, Metadata>>();
  const clear = () => {
    byTarget = new Map();
    grouped = new WeakMap();
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let found = forTarget.get(key);
    if (!found) forTarget.set(key, (found = targets(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) {
      found = group(metadata);
      grouped.set(metadata, found);
    }
    return found;
  };
  for (const method of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const original = storage[method].bind(storage);
    storage[method] = ((metadata: never) => {
      clear();
      original(metadata);
    }) as never;
  }
}

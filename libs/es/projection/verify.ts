import type { Doc, DocumentStore } from '@g3n/docstore';
import type { EventLog, RecordedEvent } from '@g3n/eventlog';
import { applyEvents } from './apply-events';
import { ProjectionCatalog, ProjectionMeta } from './projection-catalog';
import { cloneDoc, ProjectionContext } from './projection-context';
import { checkpointKey, feedsByType, ProjectionDefinition, typePrefixesOfAll } from './projection-definition';

export interface VerifyDifference {
  projection: string;
  collection: string;
  id: string;
  kind: 'missing' | 'unexpected' | 'different';
  stored?: Doc;
  expected?: Doc;
}

export interface VerifyReport {
  /** Per projection; `events` there are the events of the pass it re-folded (those it has a handler for, up to its checkpoint). */
  projections: Array<{ name: string; generation: number; checkpoint: number; events: number; documents: number; differences: number }>;
  differences: VerifyDifference[];
  /** Log events read in the one pass (each once, however many projections it fed). */
  events: number;
  /** Wall time of the whole audit: the pass and every comparison. */
  duration_ms: number;
  events_per_s: number;
}

export interface VerifyOptions {
  /** Only this tenant's events and documents (documents are matched on the projection's tenantField). */
  tenant?: string;
  batchSize?: number;
  /** Stop collecting differences past this many (the count in `projections` stays exact). */
  maxDifferences?: number;
}

interface Fold {
  definition: ProjectionDefinition;
  meta: ProjectionMeta;
  /** The stored generation's checkpoint: the fold stops there. */
  until: number;
  /** logical collection → id → expected document. */
  memory: Map<string, Map<string, Doc>>;
  events: number;
  batch: RecordedEvent[];
}

/**
 * Audit: re-folds every projection from the log in memory, up to the checkpoint its stored generation has
 * reached, in one pass over the log for all of them, then compares document by document with what is stored.
 */
export async function verifyProjections(
  definitions: ProjectionDefinition[],
  deps: { log: EventLog; store: DocumentStore; catalog: ProjectionCatalog },
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const started = Date.now();
  const report: VerifyReport = { projections: [], differences: [], events: 0, duration_ms: 0, events_per_s: 0 };
  const folds: Fold[] = [];
  for (const definition of definitions) {
    const meta = await deps.catalog.get(definition.name);
    if (!meta) continue;
    const until = (await deps.store.getCheckpoint(checkpointKey(definition.name, meta.generation)))?.position ?? 0;
    folds.push({ definition, meta, until, memory: new Map(), events: 0, batch: [] });
  }
  report.events = await foldInMemory(folds, deps.log, options);
  for (const fold of folds) {
    const { definition, meta } = fold;
    const tenantField = definition.tenantField ?? 'org_guid';
    let documents = 0;
    let differences = 0;
    for (const c of definition.collections) {
      const physical = meta.collections[c.name];
      // Matched documents leave the map: what remains at the end is missing from the store.
      const expected = fold.memory.get(c.name) ?? new Map<string, Doc>();
      let cursor: string | undefined;
      do {
        const filter = options.tenant ? { [tenantField]: options.tenant } : {};
        const page = await deps.store.collection(physical).findJson(filter, { limit: 1000, cursor });
        for (const { _id: id, json } of page.items) {
          documents++;
          const want = expected.get(id);
          if (!want) {
            differences += record(report, options, { projection: definition.name, collection: c.name, id, kind: 'unexpected', stored: JSON.parse(json) as Doc });
            continue;
          }
          expected.delete(id);
          // The same text is the same document; only a document whose text differs is parsed (key order aside).
          if (JSON.stringify(want) === json) continue;
          const stored = JSON.parse(json) as Doc;
          if (!sameDocument(want, stored)) {
            differences += record(report, options, { projection: definition.name, collection: c.name, id, kind: 'different', stored, expected: want });
          }
        }
        cursor = page.next_cursor;
      } while (cursor);
      for (const [id, want] of expected) {
        if (options.tenant && want[tenantField] !== options.tenant) continue;
        differences += record(report, options, { projection: definition.name, collection: c.name, id, kind: 'missing', expected: want });
      }
    }
    report.projections.push({ name: definition.name, generation: meta.generation, checkpoint: fold.until, events: fold.events, documents, differences });
  }
  report.duration_ms = Date.now() - started;
  report.events_per_s = report.duration_ms > 0 ? Math.round((report.events * 1000) / report.duration_ms) : report.events;
  return report;
}

/** One pass over the log up to the furthest checkpoint, each event fanned out to the folds it feeds. Returns the events read. */
async function foldInMemory(folds: Fold[], log: EventLog, options: VerifyOptions): Promise<number> {
  const until = Math.max(0, ...folds.map((f) => f.until));
  if (until === 0) return 0;
  const typePrefixes = typePrefixesOfAll(folds.map((f) => f.definition));
  const feedsOf = feedsByType(folds, (f) => f.definition);
  let after = 0;
  let read = 0;
  for (;;) {
    const page = await log.readAll({ after, typePrefixes, tenant: options.tenant, limit: options.batchSize ?? 5000 });
    let passedEnd = false;
    for (const event of page.events) {
      if (event.position > until) {
        passedEnd = true;
        break;
      }
      read++;
      for (const fold of feedsOf(event.type)) if (event.position <= fold.until) fold.batch.push(event);
    }
    for (const fold of folds) await applyInMemory(fold);
    if (passedEnd || page.atEnd || page.next >= until) break;
    after = page.next;
  }
  return read;
}

async function applyInMemory(fold: Fold): Promise<void> {
  if (fold.batch.length === 0) return;
  const events = fold.batch;
  fold.batch = [];
  // Physical names are the logical ones here: the in-memory model has no generations.
  const identity = Object.fromEntries(fold.definition.collections.map((c) => [c.name, c.name]));
  // A copy, as the store would give: the handler owns what it reads, and the folded document stays as written.
  const reader = {
    get: async (c: string, id: string) => {
      const doc = fold.memory.get(c)?.get(id);
      return doc ? cloneDoc(doc) : null;
    },
  };
  const ctx = new ProjectionContext(reader, identity);
  await applyEvents(fold.definition, events, ctx);
  for (const write of ctx.writes()) {
    const docs = fold.memory.get(write.collection) ?? new Map<string, Doc>();
    fold.memory.set(write.collection, docs);
    if (write.op === 'upsert') docs.set(write.doc._id, write.doc);
    else docs.delete(write.id);
  }
  fold.events += events.length;
}

/**
 * Equal as JSON, key order aside. verifyProjections first compares the expected document's JSON with the stored
 * text (equal texts are equal documents, and that is almost every pair: the store keeps what the same handlers
 * serialised); only when they differ is the stored one parsed and compared here. A walk over both decides almost
 * every pair without serialising either; when the walk is not sure (key order aside, an undefined field, a Date,
 * NaN) canonical() decides, serialising each document once.
 */
export function sameDocument(expected: Doc, stored: Doc): boolean {
  return samePlainJson(expected, stored) || canonical(expected) === canonical(stored);
}

/** True only when both are the same plain JSON value, object keys in any order; false when unsure. */
function samePlainJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !samePlainJson(a[key], b[key])) return false;
  }
  return true;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function record(report: VerifyReport, options: VerifyOptions, difference: VerifyDifference): number {
  if (report.differences.length < (options.maxDifferences ?? 1000)) report.differences.push(difference);
  return 1;
}

/** JSON with sorted keys, so key order never counts as a difference. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

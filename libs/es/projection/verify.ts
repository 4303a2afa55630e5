import type { Doc, DocumentStore } from '@g3n/docstore';
import type { EventLog } from '@g3n/eventlog';
import { applyEvents } from './apply-events';
import { ProjectionCatalog } from './projection-catalog';
import { ProjectionContext } from './projection-context';
import { checkpointKey, ProjectionDefinition, typePrefixesOf } from './projection-definition';

export interface VerifyDifference {
  projection: string;
  collection: string;
  id: string;
  kind: 'missing' | 'unexpected' | 'different';
  stored?: Doc;
  expected?: Doc;
}

export interface VerifyReport {
  projections: Array<{ name: string; generation: number; checkpoint: number; events: number; documents: number; differences: number }>;
  differences: VerifyDifference[];
  events: number;
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

/**
 * Audit: re-folds every projection from the log in memory, up to the checkpoint its stored generation has
 * reached, and compares document by document with what is stored.
 */
export async function verifyProjections(
  definitions: ProjectionDefinition[],
  deps: { log: EventLog; store: DocumentStore; catalog: ProjectionCatalog },
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const started = Date.now();
  const report: VerifyReport = { projections: [], differences: [], events: 0, duration_ms: 0, events_per_s: 0 };
  for (const definition of definitions) {
    const meta = await deps.catalog.get(definition.name);
    if (!meta) continue;
    const checkpoint = (await deps.store.getCheckpoint(checkpointKey(definition.name, meta.generation)))?.position ?? 0;
    const memory = new Map<string, Map<string, Doc>>();
    const events = await foldInMemory(definition, deps.log, memory, checkpoint, options);
    report.events += events;
    const tenantField = definition.tenantField ?? 'org_guid';
    let documents = 0;
    let differences = 0;
    for (const c of definition.collections) {
      const physical = meta.collections[c.name];
      const expected = memory.get(c.name) ?? new Map<string, Doc>();
      const seen = new Set<string>();
      let cursor: string | undefined;
      do {
        const filter = options.tenant ? { [tenantField]: options.tenant } : {};
        const page = await deps.store.collection(physical).find(filter, { limit: 1000, cursor });
        for (const stored of page.items) {
          documents++;
          seen.add(stored._id);
          const want = expected.get(stored._id);
          if (!want) differences += record(report, options, { projection: definition.name, collection: c.name, id: stored._id, kind: 'unexpected', stored });
          else if (canonical(want) !== canonical(stored)) {
            differences += record(report, options, { projection: definition.name, collection: c.name, id: stored._id, kind: 'different', stored, expected: want });
          }
        }
        cursor = page.next_cursor;
      } while (cursor);
      for (const [id, want] of expected) {
        if (seen.has(id)) continue;
        if (options.tenant && want[tenantField] !== options.tenant) continue;
        differences += record(report, options, { projection: definition.name, collection: c.name, id, kind: 'missing', expected: want });
      }
    }
    report.projections.push({ name: definition.name, generation: meta.generation, checkpoint, events, documents, differences });
  }
  report.duration_ms = Date.now() - started;
  report.events_per_s = report.duration_ms > 0 ? Math.round((report.events * 1000) / report.duration_ms) : report.events;
  return report;
}

async function foldInMemory(
  definition: ProjectionDefinition,
  log: EventLog,
  memory: Map<string, Map<string, Doc>>,
  until: number,
  options: VerifyOptions,
): Promise<number> {
  // Physical names are the logical ones here: the in-memory model has no generations.
  const identity = Object.fromEntries(definition.collections.map((c) => [c.name, c.name]));
  const reader = { get: async (c: string, id: string) => memory.get(c)?.get(id) ?? null };
  let after = 0;
  let count = 0;
  for (;;) {
    const page = await log.readAll({ after, typePrefixes: typePrefixesOf(definition), tenant: options.tenant, limit: options.batchSize ?? 5000 });
    const events = page.events.filter((e) => e.position <= until);
    const ctx = new ProjectionContext(reader, identity);
    await applyEvents(definition, events, ctx);
    for (const write of ctx.writes()) {
      const docs = memory.get(write.collection) ?? new Map<string, Doc>();
      memory.set(write.collection, docs);
      if (write.op === 'upsert') docs.set(write.doc._id, write.doc);
      else docs.delete(write.id);
    }
    count += events.length;
    if (page.atEnd || page.next >= until || events.length < page.events.length) break;
    after = page.next;
  }
  return count;
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

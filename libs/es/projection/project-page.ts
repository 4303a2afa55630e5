import type { DocumentStore } from '@g3n/docstore';
import type { EventLog } from '@g3n/eventlog';
import { applyEvents } from './apply-events';
import { ProjectionContext } from './projection-context';
import { ProjectionDefinition, typePrefixesOf } from './projection-definition';

export interface ProjectTarget {
  /** logical → physical collection names of the generation being written. */
  physical: Record<string, string>;
  checkpointKey: string;
}

export interface PageResult {
  /** The new checkpoint: every event at or below it that feeds the projection has been applied. */
  checkpoint: number;
  events: number;
  atEnd: boolean;
}

/**
 * Reads one page after `checkpoint`, applies it, and commits documents and checkpoint together
 * (DocumentStore.commitBatch: one transaction embedded, position-guarded on MongoDB): exactly-once effect.
 */
export async function projectNextPage(
  definition: ProjectionDefinition,
  log: Pick<EventLog, 'readAll'>,
  store: DocumentStore,
  target: ProjectTarget,
  checkpoint: number,
  batchSize: number,
  until?: number,
): Promise<PageResult> {
  const page = await log.readAll({ after: checkpoint, typePrefixes: typePrefixesOf(definition), limit: batchSize });
  let events = page.events;
  let next = page.next;
  if (until !== undefined && next > until) {
    events = events.filter((e) => e.position <= until);
    next = until;
  }
  if (events.length === 0 && next <= checkpoint) return { checkpoint, events: 0, atEnd: true };
  const ctx = new ProjectionContext({ get: (c, id) => store.collection(c).get(id) }, target.physical);
  await applyEvents(definition, events, ctx);
  await store.commitBatch(ctx.writes(), { key: target.checkpointKey, position: next });
  return { checkpoint: next, events: events.length, atEnd: page.atEnd || (until !== undefined && next >= until) };
}

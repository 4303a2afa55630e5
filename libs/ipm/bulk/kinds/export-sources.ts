import { Doc, Filter, InvalidCursorError, SortField } from '@g3n/docstore';
import { actionOf, DomainError, serviceOf } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import type { Runtime } from '@g3n/platform';
import { CRM_CUSTOMERS } from '../../../../projections/crm/customers.projection';
import { ICS_STOCK_LEVELS } from '../../../../projections/ics/stock-levels.projection';
import type { ExportKind } from '../job/bulk-job.events';
import type { BulkJobState } from '../job/bulk-job.state';

export interface ExportChunk {
  rows: unknown[];
  /** Where the next chunk starts; null when the source is exhausted. */
  cursor: string | null;
  done: boolean;
}

/** Read-model exports: the collection, its stable order, and the owning service's view permission the caller needs. */
const READ_MODELS: Record<Exclude<ExportKind, 'events'>, { collection: string; sort: SortField[]; permission: string; filter(s: BulkJobState): Filter }> = {
  'crm.customers': { collection: CRM_CUSTOMERS, sort: [{ field: 'created_at', direction: 'asc' }], permission: 'crm:view', filter: () => ({}) },
  'ics.stock-levels': {
    collection: ICS_STOCK_LEVELS,
    sort: [{ field: 'logical_guid', direction: 'asc' }, { field: 'variant_id', direction: 'asc' }],
    permission: 'ics:view',
    filter: (s) => Object.fromEntries(Object.entries({ logical_guid: s.filters.logical_guid, variant_id: s.filters.variant_id }).filter(([, v]) => v !== undefined)) as Filter,
  },
};

export const exportPermission = (kind: ExportKind): string | null => (kind === 'events' ? null : READ_MODELS[kind].permission);

/** One exported event: the log record as written (events hold no secrets), with service and action split out. */
const eventRow = (e: RecordedEvent) => ({
  position: e.position, event_id: e.metadata.event_id, type: e.type, service: serviceOf(e.type), action: actionOf(e.type),
  stream: e.stream, revision: e.revision, occurred_at: e.metadata.occurred_at, recorded_at: e.recorded_at, data: e.data, metadata: e.metadata,
});

/** The org's events from the log, after the cursor (a log position) and up to the head seen at job creation. */
async function readEvents(runtime: Runtime, s: BulkJobState, max: number): Promise<ExportChunk> {
  const head = s.head_position ?? 0;
  const typePrefixes = s.filters.events?.map((f) => `${f.service}.${f.action_prefix ?? ''}`);
  let after = Number(s.cursor ?? 0);
  const rows: unknown[] = [];
  while (rows.length < max && after < head) {
    const page = await runtime.log.readAll({ tenant: s.org_guid, typePrefixes, after, limit: Math.min(1000, max - rows.length) });
    let full = false;
    for (const e of page.events) {
      if (e.position > head) break;
      rows.push(eventRow(e));
      after = e.position;
      if (rows.length >= max) {
        full = true;
        break;
      }
    }
    if (!full) after = page.atEnd || page.events.some((e) => e.position > head) ? head : Math.min(Math.max(after, page.next), head);
  }
  const done = after >= head;
  return { rows, cursor: done ? null : String(after), done };
}

async function readModel(runtime: Runtime, kind: Exclude<ExportKind, 'events'>, s: BulkJobState, max: number): Promise<ExportChunk> {
  const spec = READ_MODELS[kind];
  const collection = runtime.readModels.collection<Doc>(spec.collection);
  const filter = { ...spec.filter(s), org_guid: s.org_guid };
  let cursor = s.cursor ?? undefined;
  const rows: unknown[] = [];
  while (rows.length < max) {
    let page;
    try {
      page = await collection.find(filter, { sort: spec.sort, limit: Math.min(1000, max - rows.length), cursor });
    } catch (error) {
      // A blue-green rebuild of the read model retires the cursor's collection: the export cannot resume exactly.
      if (error instanceof InvalidCursorError) throw new DomainError('invalid-state', 'export-cursor-expired', 'The read model was rebuilt during the export; create a new export.');
      throw error;
    }
    rows.push(...page.items.map(({ _id, ...record }) => record));
    if (!page.next_cursor) return { rows, cursor: null, done: true };
    cursor = page.next_cursor;
  }
  return { rows, cursor: cursor ?? null, done: false };
}

/** The next chunk of an export: at most `max` rows. */
export function readExportChunk(runtime: Runtime, s: BulkJobState, max: number): Promise<ExportChunk> {
  const kind = s.kind as ExportKind;
  return kind === 'events' ? readEvents(runtime, s, max) : readModel(runtime, kind, s, max);
}

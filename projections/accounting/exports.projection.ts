import type { Doc } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';
import type { ProjectionContext, ProjectionDefinition } from '@g3n/es';

export const ACC_EXPORTS = 'accounting_exports';
export const ACC_BATCHES = 'accounting_export_batches';
export const ACC_SCHEDULES = 'accounting_export_schedules';

type Refs = Array<{ kind: string; id: string }>;
type Any = Record<string, any>;

export interface ExportDoc extends Doc {
  export_id: string;
  org_guid: string;
  status: 'requested' | 'running' | 'completed' | 'failed';
  batch_id: string | null;
  files: Array<{ name: string; key: string; content_type: string; size: number; sha256: string }>;
  [field: string]: unknown;
}

const origin = (e: RecordedEvent) => ({
  requested_by: e.metadata.actor, reason: (e.metadata.reason as string | undefined) ?? null, source_refs: (e.metadata.source_refs as Refs | undefined) ?? [],
  revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
});
const touched = (e: RecordedEvent) => ({ revision: e.revision, updated_at: e.metadata.occurred_at });

/** Keeps a batch's per-window statuses and tallies in step with its exports (the batch's own revision is untouched). */
async function syncBatch(ctx: ProjectionContext, exp: ExportDoc): Promise<void> {
  if (!exp.batch_id) return;
  await ctx.update<Doc>(ACC_BATCHES, exp.batch_id, (batch) => {
    if (!batch) return undefined;
    const windows = (batch.windows as Any[]).map((w) => (w.export_id === exp.export_id ? { ...w, status: exp.status } : w));
    const tally: Record<string, number> = { requested: 0, running: 0, completed: 0, failed: 0 };
    for (const w of windows) tally[w.status] += 1;
    return { ...batch, windows, exports: tally, progress: tally.completed === windows.length ? 'completed' : tally.failed > 0 ? 'has-failures' : 'in-progress' };
  });
}

async function exportChange(e: RecordedEvent, ctx: ProjectionContext, change: (d: ExportDoc) => Partial<ExportDoc>): Promise<void> {
  const id = (e.data as { export_id: string }).export_id;
  const current = await ctx.get<ExportDoc>(ACC_EXPORTS, id);
  if (!current) return;
  const next = { ...current, ...change(current), ...touched(e) } as ExportDoc;
  ctx.put(ACC_EXPORTS, next);
  await syncBatch(ctx, next);
}

export const accountingExportsProjection: ProjectionDefinition = {
  name: 'accounting.exports',
  version: 1,
  collections: [
    { name: ACC_EXPORTS, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'status', 'created_at'] }, { fields: ['org_guid', 'batch_id', 'created_at'] }] },
    { name: ACC_BATCHES, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'status', 'created_at'] }] },
    { name: ACC_SCHEDULES, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'status', 'created_at'] }] },
  ],
  handlers: {
    'accounting.export-requested': async (e, ctx) => {
      const d = e.data as Any;
      const doc: ExportDoc = {
        _id: d.export_id, export_id: d.export_id, org_guid: d.org_guid, export_kind: d.export_kind, window_from: d.window_from, window_to: d.window_to,
        event_types: d.event_types, batch_id: d.batch_id, schedule_id: d.schedule_id, status: 'requested', attempts: 0, last_error: null,
        event_count: null, counts: {}, first_position: null, last_position: null, scanned_through: null, files: [], manifest_sha256: null, completed_at: null, ...origin(e),
      };
      ctx.put(ACC_EXPORTS, doc);
      await syncBatch(ctx, doc);
    },
    'accounting.export-started': (e, ctx) => exportChange(e, ctx, () => ({ status: 'running', attempts: (e.data as Any).attempt, last_error: null })),
    'accounting.export-failed': (e, ctx) => exportChange(e, ctx, () => ({ status: 'failed', last_error: (e.data as Any).error })),
    'accounting.export-completed': (e, ctx) => exportChange(e, ctx, () => {
      const { export_id: _id, ...result } = e.data as Any;
      return { status: 'completed', ...result, completed_at: e.metadata.occurred_at };
    }),
    'accounting.export-batch-created': (e, ctx) => {
      const d = e.data as Any;
      const windows = (d.windows as Any[]).map((w) => ({ ...w, status: 'requested' }));
      ctx.put<Doc>(ACC_BATCHES, {
        _id: d.batch_id, batch_id: d.batch_id, org_guid: d.org_guid, export_kind: d.export_kind, event_types: d.event_types, every: d.every,
        window_from: d.window_from, window_to: d.window_to, windows, status: 'open', repairs: 0,
        exports: { requested: windows.length, running: 0, completed: 0, failed: 0 }, progress: 'in-progress', ...origin(e),
      });
    },
    'accounting.export-batch-status-set': (e, ctx) =>
      ctx.update<Doc>(ACC_BATCHES, (e.data as Any).batch_id, (b) => (b ? { ...b, status: (e.data as Any).to, ...touched(e) } : undefined)),
    'accounting.export-batch-repair-requested': (e, ctx) =>
      ctx.update<Doc>(ACC_BATCHES, (e.data as Any).batch_id, (b) => (b ? { ...b, repairs: (b.repairs as number) + 1, last_repair: { export_ids: (e.data as Any).export_ids, at: e.metadata.occurred_at }, ...touched(e) } : undefined)),
    'accounting.export-schedule-created': (e, ctx) => {
      const d = e.data as Any;
      ctx.put<Doc>(ACC_SCHEDULES, {
        _id: d.schedule_id, schedule_id: d.schedule_id, org_guid: d.org_guid, export_kind: d.export_kind, event_types: d.event_types, every: d.every,
        status: 'active', next_window_from: d.next_window_from, runs: 0, last_export_id: null, last_run_at: null, ...origin(e),
      });
    },
    'accounting.export-schedule-status-set': (e, ctx) =>
      ctx.update<Doc>(ACC_SCHEDULES, (e.data as Any).schedule_id, (s) => (s ? { ...s, status: (e.data as Any).to, ...touched(e) } : undefined)),
    'accounting.export-schedule-ran': (e, ctx) => {
      const d = e.data as Any;
      return ctx.update<Doc>(ACC_SCHEDULES, d.schedule_id, (s) => (s ? { ...s, runs: (s.runs as number) + 1, next_window_from: d.window_to, last_export_id: d.export_id, last_run_at: e.metadata.occurred_at, ...touched(e) } : undefined));
    },
  },
};

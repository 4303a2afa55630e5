import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import type { BulkFilters, BulkJobCreated, BulkJobFailed, BulkJobProgressed } from '../../libs/ipm/bulk/job/bulk-job.events';
import { continuationToken } from '../../libs/ipm/bulk/job/bulk-files';
import type { BulkStatus } from '../../libs/ipm/bulk/job/bulk-job.state';

export const IPM_BULK_JOBS = 'ipm_bulk_jobs';

export interface BulkJobDoc extends Doc {
  job_id: string;
  org_guid: string;
  direction: 'export' | 'import';
  kind: string;
  status: BulkStatus;
  dry_run: boolean;
  filters: BulkFilters;
  limit_rows: number | null;
  chunk_rows: number;
  /** What the caller does next with continuation_token: continue (export part / validate chunk), commit, or nothing. */
  next_action: 'continue' | 'commit' | null;
  continuation_token: string | null;
  parts: Array<{ part: number; key: string; rows: number; bytes: number; etag: string }>;
  rows_exported: number;
  rows_total: number;
  rows_valid: number;
  rows_invalid: number;
  rows_committed: number;
  rows_failed: number;
  upload_key: string | null;
  report_key: string | null;
  error: { phase: string; minor: string; message: string } | null;
  revision: number;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

function nextAction(status: BulkStatus): BulkJobDoc['next_action'] {
  if (status === 'running' || status === 'awaiting_upload' || status === 'validating') return 'continue';
  if (status === 'validated' || status === 'committing') return 'commit';
  return null;
}

/** Status, revision, token and timestamps after an event; all from the event, never the clock. */
function stamp(doc: BulkJobDoc, e: RecordedEvent, status: BulkStatus): BulkJobDoc {
  const next_action = nextAction(status);
  return {
    ...doc, status, next_action, continuation_token: next_action ? continuationToken(doc.job_id, e.revision) : null,
    revision: e.revision, updated_at: e.metadata.occurred_at,
    completed_at: status === 'completed' || status === 'failed' ? e.metadata.occurred_at : doc.completed_at,
  };
}

const id = (e: RecordedEvent) => String(e.data.job_id);

function progressed(doc: BulkJobDoc, e: RecordedEvent): BulkJobDoc {
  const d = e.data as BulkJobProgressed['data'];
  const base = { ...doc, report_key: d.report_key ?? doc.report_key };
  if (d.phase === 'export') {
    return stamp({ ...base, parts: d.part ? [...doc.parts, d.part] : doc.parts, rows_exported: doc.rows_exported + d.rows }, e, doc.status);
  }
  if (d.phase === 'validate') {
    const invalid = doc.rows_invalid + d.refused_lines.length;
    const total = doc.rows_total + d.rows;
    return stamp({ ...base, rows_total: total, rows_invalid: invalid, rows_valid: total - invalid }, e, d.phase_done ? 'validated' : 'validating');
  }
  return stamp({ ...base, rows_committed: doc.rows_committed + d.rows, rows_failed: doc.rows_failed + d.refused_lines.length }, e, 'committing');
}

export const ipmBulkJobsProjection: ProjectionDefinition = {
  name: 'ipm.bulk-jobs',
  version: 1,
  collections: [{ name: IPM_BULK_JOBS, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'direction', 'created_at'] }, { fields: ['org_guid', 'status', 'created_at'] }] }],
  handlers: {
    'ipm.bulk-job-created': (e, ctx) => {
      const d = e.data as BulkJobCreated['data'];
      const doc: BulkJobDoc = {
        _id: d.job_id, job_id: d.job_id, org_guid: d.org_guid, direction: d.direction, kind: d.kind, status: 'running', dry_run: d.dry_run, filters: d.filters,
        limit_rows: d.limit_rows, chunk_rows: d.chunk_rows, next_action: null, continuation_token: null, parts: [], rows_exported: 0, rows_total: 0,
        rows_valid: 0, rows_invalid: 0, rows_committed: 0, rows_failed: 0, upload_key: d.upload_key, report_key: null, error: null,
        revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at, completed_at: null,
      };
      ctx.put<BulkJobDoc>(IPM_BULK_JOBS, stamp(doc, e, d.direction === 'export' ? 'running' : 'awaiting_upload'));
    },
    'ipm.bulk-job-progressed': (e, ctx) => ctx.update<BulkJobDoc>(IPM_BULK_JOBS, id(e), (doc) => doc && progressed(doc, e)),
    'ipm.bulk-job-completed': (e, ctx) => ctx.update<BulkJobDoc>(IPM_BULK_JOBS, id(e), (doc) => doc && stamp(doc, e, 'completed')),
    'ipm.bulk-job-failed': (e, ctx) =>
      ctx.update<BulkJobDoc>(IPM_BULK_JOBS, id(e), (doc) => {
        if (!doc) return undefined;
        const d = e.data as BulkJobFailed['data'];
        return stamp({ ...doc, error: { phase: d.phase, minor: d.minor, message: d.message } }, e, 'failed');
      }),
  },
};

import type { BulkDirection, BulkFilters, BulkJobEvent, BulkPart } from './bulk-job.events';

/**
 * Export: running → completed | failed.
 * Import: awaiting_upload → validating → validated → committing → completed (a dry run completes after validation);
 * any open status → failed.
 */
export type BulkStatus = 'running' | 'awaiting_upload' | 'validating' | 'validated' | 'committing' | 'completed' | 'failed';

export interface BulkJobState {
  exists: boolean;
  job_id: string;
  org_guid: string;
  direction: BulkDirection;
  kind: string;
  status: BulkStatus;
  dry_run: boolean;
  filters: BulkFilters;
  limit_rows: number | null;
  chunk_rows: number;
  head_position: number | null;
  upload_key: string | null;
  upload_etag: string | null;
  cursor: string | null;
  parts: BulkPart[];
  rows_exported: number;
  /** Import: next line to validate / commit from (1-based line numbers; 0 = start). */
  validated_through: number;
  committed_through: number;
  rows_total: number;
  invalid_lines: number[];
  rows_committed: number;
  failed_lines: number[];
  report_key: string | null;
  error: { phase: string; minor: string; message: string } | null;
}

export const initialBulkJobState = (): BulkJobState => ({
  exists: false, job_id: '', org_guid: '', direction: 'export', kind: '', status: 'running', dry_run: false, filters: {},
  limit_rows: null, chunk_rows: 0, head_position: null, upload_key: null, upload_etag: null, cursor: null, parts: [],
  rows_exported: 0, validated_through: 0, committed_through: 0, rows_total: 0, invalid_lines: [], rows_committed: 0,
  failed_lines: [], report_key: null, error: null,
});

export function evolveBulkJob(state: BulkJobState, event: BulkJobEvent): BulkJobState {
  switch (event.type) {
    case 'ipm.bulk-job-created': {
      const d = event.data;
      return {
        ...initialBulkJobState(), exists: true, job_id: d.job_id, org_guid: d.org_guid, direction: d.direction, kind: d.kind, dry_run: d.dry_run,
        filters: d.filters, limit_rows: d.limit_rows, chunk_rows: d.chunk_rows, head_position: d.head_position, upload_key: d.upload_key,
        status: d.direction === 'export' ? 'running' : 'awaiting_upload',
      };
    }
    case 'ipm.bulk-job-progressed': {
      const d = event.data;
      const next: BulkJobState = { ...state, report_key: d.report_key ?? state.report_key, upload_etag: d.upload_etag ?? state.upload_etag };
      if (d.phase === 'export') {
        return { ...next, cursor: d.cursor, parts: d.part ? [...state.parts, d.part] : state.parts, rows_exported: state.rows_exported + d.rows };
      }
      if (d.phase === 'validate') {
        return {
          ...next, validated_through: d.line_cursor ?? state.validated_through, rows_total: state.rows_total + d.rows,
          invalid_lines: [...state.invalid_lines, ...d.refused_lines], status: d.phase_done ? 'validated' : 'validating',
        };
      }
      return {
        ...next, committed_through: d.line_cursor ?? state.committed_through, rows_committed: state.rows_committed + d.rows,
        failed_lines: [...state.failed_lines, ...d.refused_lines], status: 'committing',
      };
    }
    case 'ipm.bulk-job-completed':
      return { ...state, status: 'completed' };
    case 'ipm.bulk-job-failed':
      return { ...state, status: 'failed', error: { phase: event.data.phase, minor: event.data.minor, message: event.data.message } };
  }
}

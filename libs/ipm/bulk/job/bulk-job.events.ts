import { defineEvent, DomainEvent } from '@g3n/es';

export const EXPORT_KINDS = ['events', 'crm.customers', 'ics.stock-levels'] as const;
export const IMPORT_KINDS = ['crm.customers', 'ics.adjustments'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type BulkDirection = 'export' | 'import';
export type BulkPhase = 'export' | 'validate' | 'commit';

/** One NDJSON file an export wrote. */
export interface BulkPart {
  part: number;
  key: string;
  rows: number;
  bytes: number;
  etag: string;
}

/** Filters an export was created with (events: service/action prefixes; stock levels: facility/variant). */
export interface BulkFilters {
  events?: Array<{ service: string; action_prefix: string | null }>;
  logical_guid?: string;
  variant_id?: string;
}

export type BulkJobCreated = DomainEvent<'ipm.bulk-job-created', {
  job_id: string;
  org_guid: string;
  direction: BulkDirection;
  kind: string;
  dry_run: boolean;
  filters: BulkFilters;
  limit_rows: number | null;
  chunk_rows: number;
  /** Events exports stop at the log head seen at creation, so the export is one consistent snapshot. */
  head_position: number | null;
  upload_key: string | null;
}>;

/** One step of work: an export part written, a chunk of rows validated, or a chunk of rows committed. */
export type BulkJobProgressed = DomainEvent<'ipm.bulk-job-progressed', {
  job_id: string;
  phase: BulkPhase;
  /** Export: where the source continues (log position or store cursor); null when exhausted. */
  cursor: string | null;
  part: BulkPart | null;
  /** Import: the line after the last one this step handled (1-based lines; 0 = none yet). */
  line_cursor: number | null;
  rows: number;
  /** Import: lines refused in this step (validate: invalid; commit: refused by the owning service). */
  refused_lines: number[];
  report_key: string | null;
  upload_etag: string | null;
  /** True when this step finished the phase. */
  phase_done: boolean;
}>;

export type BulkJobCompleted = DomainEvent<'ipm.bulk-job-completed', { job_id: string; phase: BulkPhase }>;
export type BulkJobFailed = DomainEvent<'ipm.bulk-job-failed', { job_id: string; phase: BulkPhase; minor: string; message: string }>;
export type BulkJobEvent = BulkJobCreated | BulkJobProgressed | BulkJobCompleted | BulkJobFailed;

const stream = '<org_guid>/ipm.bulk-job/<job_id>';
const s = { type: 'string' };
const sn = { type: ['string', 'null'] };
const n = { type: 'integer', minimum: 0 };
const phase = { enum: ['export', 'validate', 'commit'] };
const part = {
  type: ['object', 'null'], required: ['part', 'key', 'rows', 'bytes', 'etag'],
  properties: { part: n, key: s, rows: n, bytes: n, etag: s },
};

export const bulkJobEvents = [
  defineEvent({
    type: 'ipm.bulk-job-created', version: 1, stream,
    description: 'A bulk export or import job was created (import: an upload URL was signed for upload_key).',
    schema: {
      type: 'object', required: ['job_id', 'org_guid', 'direction', 'kind', 'dry_run', 'filters', 'limit_rows', 'chunk_rows', 'head_position', 'upload_key'],
      properties: {
        job_id: s, org_guid: s, direction: { enum: ['export', 'import'] }, kind: s, dry_run: { type: 'boolean' }, filters: { type: 'object' },
        limit_rows: { type: ['integer', 'null'] }, chunk_rows: n, head_position: { type: ['integer', 'null'] }, upload_key: sn,
      },
    },
  }),
  defineEvent({
    type: 'ipm.bulk-job-progressed', version: 1, stream,
    description: 'A bulk job did one step: wrote an export part, validated a chunk of uploaded rows, or committed a chunk through the owning service.',
    schema: {
      type: 'object', required: ['job_id', 'phase', 'cursor', 'part', 'line_cursor', 'rows', 'refused_lines', 'report_key', 'upload_etag', 'phase_done'],
      properties: {
        job_id: s, phase, cursor: sn, part, line_cursor: { type: ['integer', 'null'] }, rows: n,
        refused_lines: { type: 'array', items: n }, report_key: sn, upload_etag: sn, phase_done: { type: 'boolean' },
      },
    },
  }),
  defineEvent({
    type: 'ipm.bulk-job-completed', version: 1, stream,
    description: 'A bulk job finished: every export part written, a dry run validated, or every valid row committed.',
    schema: { type: 'object', required: ['job_id', 'phase'], properties: { job_id: s, phase } },
  }),
  defineEvent({
    type: 'ipm.bulk-job-failed', version: 1, stream,
    description: 'A bulk job stopped for good (e.g. the upload changed after validation, or had too many rows).',
    schema: { type: 'object', required: ['job_id', 'phase', 'minor', 'message'], properties: { job_id: s, phase, minor: s, message: s } },
  }),
];

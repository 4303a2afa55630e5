import { defineEvent, DomainEvent } from '@g3n/es';
import { int, nstr, obj, str, strs } from '../shared/schema';

export type ExportKind = 'financial_events' | 'events';
export type ExportStatus = 'requested' | 'running' | 'completed' | 'failed';

export interface ExportFile {
  name: string;
  key: string;
  content_type: string;
  size: number;
  sha256: string;
}

export interface ExportRequestedData {
  export_id: string;
  org_guid: string;
  export_kind: ExportKind;
  /** Inclusive start of the window on metadata.occurred_at (null: from the beginning). */
  window_from: string | null;
  /** Exclusive end of the window (fixed at request time, so a re-run covers the same window). */
  window_to: string;
  /** Type prefixes the export is restricted to (empty: all the kind covers). */
  event_types: string[];
  batch_id: string | null;
  schedule_id: string | null;
  [key: string]: unknown;
}

export interface ExportCompletedData {
  export_id: string;
  event_count: number;
  counts: Record<string, number>;
  first_position: number | null;
  last_position: number | null;
  /** The log head when the scan started: every event at or below it was considered. */
  scanned_through: number;
  files: ExportFile[];
  manifest_sha256: string;
  [key: string]: unknown;
}

export type ExportRequested = DomainEvent<'accounting.export-requested', ExportRequestedData>;
export type ExportStarted = DomainEvent<'accounting.export-started', { export_id: string; attempt: number }>;
export type ExportCompleted = DomainEvent<'accounting.export-completed', ExportCompletedData>;
export type ExportFailed = DomainEvent<'accounting.export-failed', { export_id: string; attempt: number; error: string }>;
export type ExportEvent = ExportRequested | ExportStarted | ExportCompleted | ExportFailed;

const stream = '<org_guid>/accounting.export/<export_id>';
const file = obj(['name', 'key', 'content_type', 'size', 'sha256'], { name: str, key: str, content_type: str, size: int, sha256: str });

export const exportEvents = [
  defineEvent({
    type: 'accounting.export-requested', version: 1, stream,
    description: 'An export of the org\'s events (financial_events or events) over a time window was requested.',
    schema: obj(['export_id', 'org_guid', 'export_kind', 'window_from', 'window_to', 'event_types', 'batch_id', 'schedule_id'], {
      export_id: str, org_guid: str, export_kind: { enum: ['financial_events', 'events'] }, window_from: nstr, window_to: str, event_types: strs, batch_id: nstr, schedule_id: nstr,
    }),
  }),
  defineEvent({
    type: 'accounting.export-started', version: 1, stream,
    description: 'An attempt at running the export started (the first run, or a repair of a failed one).',
    schema: obj(['export_id', 'attempt'], { export_id: str, attempt: int }),
  }),
  defineEvent({
    type: 'accounting.export-completed', version: 1, stream,
    description: 'The export\'s NDJSON, CSV and manifest files are in the blob store; counts, checksums and log positions covered.',
    schema: obj(['export_id', 'event_count', 'counts', 'first_position', 'last_position', 'scanned_through', 'files', 'manifest_sha256'], {
      export_id: str, event_count: int, counts: { type: 'object', additionalProperties: int }, first_position: { type: ['integer', 'null'] },
      last_position: { type: ['integer', 'null'] }, scanned_through: int, files: { type: 'array', items: file }, manifest_sha256: str,
    }),
  }),
  defineEvent({
    type: 'accounting.export-failed', version: 1, stream,
    description: 'An attempt at running the export failed; a batch repair runs it again.',
    schema: obj(['export_id', 'attempt', 'error'], { export_id: str, attempt: int, error: str }),
  }),
];

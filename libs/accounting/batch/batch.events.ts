import { defineEvent, DomainEvent } from '@g3n/es';
import { obj, str, strs, transition } from '../shared/schema';
import type { Cadence } from '../shared/windows';
import type { ExportKind } from '../export/export.events';

export type BatchStatus = 'open' | 'held' | 'closed' | 'cancelled';

export interface BatchWindow {
  export_id: string;
  from: string;
  to: string;
  [key: string]: unknown;
}

export interface BatchCreatedData {
  batch_id: string;
  org_guid: string;
  export_kind: ExportKind;
  event_types: string[];
  every: Cadence;
  window_from: string;
  window_to: string;
  windows: BatchWindow[];
  [key: string]: unknown;
}

export type BatchCreated = DomainEvent<'accounting.export-batch-created', BatchCreatedData>;
export type BatchStatusSet = DomainEvent<'accounting.export-batch-status-set', { batch_id: string; from: BatchStatus; to: BatchStatus }>;
export type BatchRepairRequested = DomainEvent<'accounting.export-batch-repair-requested', { batch_id: string; export_ids: string[] }>;
export type BatchEvent = BatchCreated | BatchStatusSet | BatchRepairRequested;

const stream = '<org_guid>/accounting.export-batch/<batch_id>';

export const batchEvents = [
  defineEvent({
    type: 'accounting.export-batch-created', version: 1, stream,
    description: 'A batch of exports over consecutive windows was created; one export per window.',
    schema: obj(['batch_id', 'org_guid', 'export_kind', 'event_types', 'every', 'window_from', 'window_to', 'windows'], {
      batch_id: str, org_guid: str, export_kind: str, event_types: strs, every: { enum: ['hourly', 'daily'] }, window_from: str, window_to: str,
      windows: { type: 'array', items: obj(['export_id', 'from', 'to'], { export_id: str, from: str, to: str }) },
    }),
  }),
  defineEvent({
    type: 'accounting.export-batch-status-set', version: 1, stream,
    description: 'The batch moved between open, held, closed and cancelled.',
    schema: transition('batch_id'),
  }),
  defineEvent({
    type: 'accounting.export-batch-repair-requested', version: 1, stream,
    description: 'The failed exports of the batch were sent to run again.',
    schema: obj(['batch_id', 'export_ids'], { batch_id: str, export_ids: strs }),
  }),
];

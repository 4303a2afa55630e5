import { defineEvent, DomainEvent } from '@g3n/es';
import { obj, str, strs, transition } from '../shared/schema';
import type { Cadence } from '../shared/windows';
import type { ExportKind } from '../export/export.events';

export type ScheduleStatus = 'active' | 'paused' | 'retired';

export interface ScheduleCreatedData {
  schedule_id: string;
  org_guid: string;
  export_kind: ExportKind;
  event_types: string[];
  every: Cadence;
  /** Start of the first window: the period containing the schedule's creation (or starts_at). */
  next_window_from: string;
  [key: string]: unknown;
}

export type ScheduleCreated = DomainEvent<'accounting.export-schedule-created', ScheduleCreatedData>;
export type ScheduleStatusSet = DomainEvent<'accounting.export-schedule-status-set', { schedule_id: string; from: ScheduleStatus; to: ScheduleStatus }>;
export type ScheduleRan = DomainEvent<'accounting.export-schedule-ran', { schedule_id: string; export_id: string; window_from: string; window_to: string }>;
export type ScheduleEvent = ScheduleCreated | ScheduleStatusSet | ScheduleRan;

const stream = '<org_guid>/accounting.export-schedule/<schedule_id>';

export const scheduleEvents = [
  defineEvent({
    type: 'accounting.export-schedule-created', version: 1, stream,
    description: 'An export schedule was created: every hour or day the background service exports the window that just closed.',
    schema: obj(['schedule_id', 'org_guid', 'export_kind', 'event_types', 'every', 'next_window_from'], {
      schedule_id: str, org_guid: str, export_kind: str, event_types: strs, every: { enum: ['hourly', 'daily'] }, next_window_from: str,
    }),
  }),
  defineEvent({ type: 'accounting.export-schedule-status-set', version: 1, stream, description: 'The schedule moved between active, paused and retired.', schema: transition('schedule_id') }),
  defineEvent({
    type: 'accounting.export-schedule-ran', version: 1, stream,
    description: 'The schedule requested the export of one closed window and moved on to the next.',
    schema: obj(['schedule_id', 'export_id', 'window_from', 'window_to'], { schedule_id: str, export_id: str, window_from: str, window_to: str }),
  }),
];

import type { ExportKind } from '../export/export.events';
import type { Cadence } from '../shared/windows';
import type { ScheduleEvent, ScheduleStatus } from './schedule.events';

export interface ScheduleState {
  exists: boolean;
  schedule_id: string;
  org_guid: string;
  status: ScheduleStatus;
  export_kind: ExportKind;
  event_types: string[];
  every: Cadence;
  next_window_from: string;
  runs: number;
}

export const initialScheduleState = (): ScheduleState => ({
  exists: false, schedule_id: '', org_guid: '', status: 'active', export_kind: 'events', event_types: [], every: 'daily', next_window_from: '', runs: 0,
});

export function evolveSchedule(state: ScheduleState, event: ScheduleEvent): ScheduleState {
  switch (event.type) {
    case 'accounting.export-schedule-created': {
      const d = event.data;
      return { ...state, exists: true, schedule_id: d.schedule_id, org_guid: d.org_guid, export_kind: d.export_kind, event_types: d.event_types, every: d.every, next_window_from: d.next_window_from };
    }
    case 'accounting.export-schedule-status-set':
      return { ...state, status: event.data.to };
    case 'accounting.export-schedule-ran':
      return { ...state, next_window_from: event.data.window_to, runs: state.runs + 1 };
  }
}

import type { ExportEvent, ExportKind, ExportStatus } from './export.events';

export interface ExportState {
  status: ExportStatus | 'none';
  export_id: string;
  org_guid: string;
  export_kind: ExportKind;
  window_from: string | null;
  window_to: string;
  event_types: string[];
  batch_id: string | null;
  attempts: number;
}

export const initialExportState = (): ExportState => ({
  status: 'none', export_id: '', org_guid: '', export_kind: 'events', window_from: null, window_to: '', event_types: [], batch_id: null, attempts: 0,
});

export function evolveExport(state: ExportState, event: ExportEvent): ExportState {
  switch (event.type) {
    case 'accounting.export-requested': {
      const d = event.data;
      return { ...state, status: 'requested', export_id: d.export_id, org_guid: d.org_guid, export_kind: d.export_kind, window_from: d.window_from, window_to: d.window_to, event_types: d.event_types, batch_id: d.batch_id };
    }
    case 'accounting.export-started':
      return { ...state, status: 'running', attempts: event.data.attempt };
    case 'accounting.export-completed':
      return { ...state, status: 'completed' };
    case 'accounting.export-failed':
      return { ...state, status: 'failed' };
  }
}

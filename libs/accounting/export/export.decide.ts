import { Decider, invalidState, validationError } from '@g3n/es';
import type { ExportCompletedData, ExportEvent, ExportRequestedData } from './export.events';
import { evolveExport, ExportState, initialExportState } from './export.state';

export type ExportCommand =
  | ({ kind: 'request' } & ExportRequestedData)
  | { kind: 'start' }
  | ({ kind: 'complete' } & ExportCompletedData)
  | { kind: 'fail'; error: string };

/** requested → running → completed | failed; a failed export can be started again (batch repair). */
export const exportDecider: Decider<ExportCommand, ExportState, ExportEvent> = {
  name: 'accounting.export',
  stateVersion: 1,
  initialState: initialExportState,
  evolve: evolveExport,
  decide(command, state) {
    switch (command.kind) {
      case 'request': {
        if (state.status !== 'none') throw invalidState('export-exists', 'This export is already requested.');
        if (command.window_from !== null && command.window_from >= command.window_to) {
          throw validationError('empty-window', '`from` must be before `to`.', { fields: [{ field: 'from', reason: 'not-before-to' }] });
        }
        const { kind: _k, ...data } = command;
        return [{ type: 'accounting.export-requested', data }];
      }
      case 'start':
        if (state.status !== 'requested' && state.status !== 'failed') throw invalidState(`export-${state.status === 'none' ? 'missing' : state.status}`, `The export is ${state.status}; only a requested or failed export can run.`);
        return [{ type: 'accounting.export-started', data: { export_id: state.export_id, attempt: state.attempts + 1 } }];
      case 'complete': {
        if (state.status !== 'running') throw invalidState('export-not-running', 'Only a running export can complete.');
        const { kind: _k, ...data } = command;
        return [{ type: 'accounting.export-completed', data }];
      }
      case 'fail':
        if (state.status !== 'running') throw invalidState('export-not-running', 'Only a running export can fail.');
        return [{ type: 'accounting.export-failed', data: { export_id: state.export_id, attempt: state.attempts, error: command.error.slice(0, 500) } }];
    }
  },
};

import { Decider, invalidState, validationError } from '@g3n/es';
import type { BatchCreatedData, BatchEvent, BatchStatus } from './batch.events';
import { BatchState, evolveBatch, initialBatchState } from './batch.state';

export type BatchCommand =
  | ({ kind: 'create' } & BatchCreatedData)
  | { kind: 'set-status'; status: BatchStatus }
  | { kind: 'repair'; failed_export_ids: string[] };

export const MAX_BATCH_WINDOWS = 100;

/** open ⇄ held; open|held → closed | cancelled (terminal). Repairs run only on an open batch. */
const TRANSITIONS: Record<BatchStatus, BatchStatus[]> = { open: ['held', 'closed', 'cancelled'], held: ['open', 'closed', 'cancelled'], closed: [], cancelled: [] };

export const batchDecider: Decider<BatchCommand, BatchState, BatchEvent> = {
  name: 'accounting.export-batch',
  stateVersion: 1,
  initialState: initialBatchState,
  evolve: evolveBatch,
  decide(command, state) {
    if (command.kind === 'create') {
      if (state.exists) throw invalidState('batch-exists', 'This batch already exists.');
      if (command.windows.length === 0) throw validationError('empty-window', '`from` must be before `to`.', { fields: [{ field: 'from', reason: 'not-before-to' }] });
      if (command.windows.length > MAX_BATCH_WINDOWS) throw validationError('too-many-windows', `A batch covers at most ${MAX_BATCH_WINDOWS} windows.`, { fields: [{ field: 'to', reason: 'too-many-windows' }] });
      const { kind: _k, ...data } = command;
      return [{ type: 'accounting.export-batch-created', data }];
    }
    if (!state.exists) throw invalidState('batch-missing', 'No such batch.');
    if (command.kind === 'set-status') {
      if (!TRANSITIONS[state.status].includes(command.status)) {
        throw invalidState('invalid-transition', `A batch cannot go from ${state.status} to ${command.status}.`, { from: state.status, to: command.status });
      }
      return [{ type: 'accounting.export-batch-status-set', data: { batch_id: state.batch_id, from: state.status, to: command.status } }];
    }
    if (state.status !== 'open') throw invalidState('batch-not-open', `The batch is ${state.status}; only an open batch is repaired.`);
    const own = new Set(state.windows.map((w) => w.export_id));
    const export_ids = command.failed_export_ids.filter((id) => own.has(id));
    return export_ids.length === 0 ? [] : [{ type: 'accounting.export-batch-repair-requested', data: { batch_id: state.batch_id, export_ids } }];
  },
};

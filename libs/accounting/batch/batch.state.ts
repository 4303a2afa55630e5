import type { BatchEvent, BatchStatus, BatchWindow } from './batch.events';

export interface BatchState {
  exists: boolean;
  batch_id: string;
  status: BatchStatus;
  windows: BatchWindow[];
  repairs: number;
}

export const initialBatchState = (): BatchState => ({ exists: false, batch_id: '', status: 'open', windows: [], repairs: 0 });

export function evolveBatch(state: BatchState, event: BatchEvent): BatchState {
  switch (event.type) {
    case 'accounting.export-batch-created':
      return { ...state, exists: true, batch_id: event.data.batch_id, windows: event.data.windows, status: 'open' };
    case 'accounting.export-batch-status-set':
      return { ...state, status: event.data.to };
    case 'accounting.export-batch-repair-requested':
      return { ...state, repairs: state.repairs + 1 };
  }
}

import { given } from '@g3n/es';
import { batchDecider } from './batch.decide';
import type { BatchCreatedData, BatchEvent } from './batch.events';

const data: BatchCreatedData = {
  batch_id: 'bat_1', org_guid: 'org1', export_kind: 'events', event_types: [], every: 'daily', window_from: '2026-01-01T00:00:00.000Z', window_to: '2026-01-03T00:00:00.000Z',
  windows: [{ export_id: 'exp_1', from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' }, { export_id: 'exp_2', from: '2026-01-02T00:00:00.000Z', to: '2026-01-03T00:00:00.000Z' }],
};
const created: BatchEvent = { type: 'accounting.export-batch-created', data };
const status = (from: string, to: string) => ({ type: 'accounting.export-batch-status-set', data: { batch_id: 'bat_1', from, to } }) as BatchEvent;

describe('export batch decider', () => {
  it('is created once with at least one window', () => {
    given(batchDecider, []).when({ kind: 'create', ...data }).then([created]);
    given(batchDecider, [created]).when({ kind: 'create', ...data }).thenRejects('invalid-state', 'batch-exists');
    given(batchDecider, []).when({ kind: 'create', ...data, windows: [] }).thenRejects('validation-error', 'empty-window');
  });

  it('enforces its status transitions', () => {
    given(batchDecider, [created]).when({ kind: 'set-status', status: 'held' }).then([status('open', 'held')]);
    given(batchDecider, [created, status('open', 'held')]).when({ kind: 'set-status', status: 'open' }).then([status('held', 'open')]);
    given(batchDecider, [created, status('open', 'closed')]).when({ kind: 'set-status', status: 'open' }).thenRejects('invalid-state', 'invalid-transition');
    given(batchDecider, [created]).when({ kind: 'set-status', status: 'open' }).thenRejects('invalid-state', 'invalid-transition');
  });

  it('repairs only its own failed exports, and only while open', () => {
    given(batchDecider, [created]).when({ kind: 'repair', failed_export_ids: ['exp_2', 'exp_9'] })
      .then([{ type: 'accounting.export-batch-repair-requested', data: { batch_id: 'bat_1', export_ids: ['exp_2'] } }]);
    given(batchDecider, [created]).when({ kind: 'repair', failed_export_ids: [] }).then([]);
    given(batchDecider, [created, status('open', 'held')]).when({ kind: 'repair', failed_export_ids: ['exp_1'] }).thenRejects('invalid-state', 'batch-not-open');
  });
});

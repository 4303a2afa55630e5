import { given } from '@g3n/es';
import { exportDecider } from './export.decide';
import type { ExportEvent, ExportRequestedData } from './export.events';

const request: ExportRequestedData = {
  export_id: 'exp_1', org_guid: 'org1', export_kind: 'financial_events', window_from: null, window_to: '2026-01-02T00:00:00.000Z', event_types: [], batch_id: null, schedule_id: null,
};
const requested: ExportEvent = { type: 'accounting.export-requested', data: request };
const started = (attempt: number): ExportEvent => ({ type: 'accounting.export-started', data: { export_id: 'exp_1', attempt } });
const done = { export_id: 'exp_1', event_count: 0, counts: {}, first_position: null, last_position: null, scanned_through: 9, files: [], manifest_sha256: 'abc' };
const failed: ExportEvent = { type: 'accounting.export-failed', data: { export_id: 'exp_1', attempt: 1, error: 'disk full' } };

describe('export decider', () => {
  it('is requested once, with a non-empty window', () => {
    given(exportDecider, []).when({ kind: 'request', ...request }).then([requested]);
    given(exportDecider, [requested]).when({ kind: 'request', ...request }).thenRejects('invalid-state', 'export-exists');
    given(exportDecider, []).when({ kind: 'request', ...request, window_from: '2026-01-03T00:00:00.000Z' }).thenRejects('validation-error', 'empty-window');
  });

  it('runs requested → running → completed, and a completed export never runs again', () => {
    given(exportDecider, [requested]).when({ kind: 'start' }).then([started(1)]);
    given(exportDecider, [requested, started(1)]).when({ kind: 'complete', ...done }).then([{ type: 'accounting.export-completed', data: done }]);
    given(exportDecider, [requested, started(1)]).when({ kind: 'start' }).thenRejects('invalid-state', 'export-running');
    given(exportDecider, [requested, started(1), { type: 'accounting.export-completed', data: done }]).when({ kind: 'start' }).thenRejects('invalid-state', 'export-completed');
    given(exportDecider, [requested]).when({ kind: 'complete', ...done }).thenRejects('invalid-state', 'export-not-running');
  });

  it('a failed export is repaired by starting it again (attempt 2)', () => {
    given(exportDecider, [requested, started(1)]).when({ kind: 'fail', error: 'disk full' }).then([failed]);
    given(exportDecider, [requested, started(1), failed]).when({ kind: 'start' }).then([started(2)]);
  });
});

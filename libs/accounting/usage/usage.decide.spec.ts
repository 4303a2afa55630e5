import { given } from '@g3n/es';
import { usageDecider } from './usage.decide';
import type { UsageEvent } from './usage.events';

const usage = { usage_id: 'use_1', org_guid: 'org1', metric: 'api.requests', quantity: 3, unit: 'request', cccode: null, occurred_at: '2026-01-01T10:00:00.000Z' };
const recorded: UsageEvent = { type: 'accounting.usage-recorded', data: usage };

describe('usage record decider', () => {
  it('records usage once', () => {
    given(usageDecider, []).when({ kind: 'record-usage', ...usage }).then([recorded]);
    given(usageDecider, [recorded]).when({ kind: 'record-usage', ...usage }).thenRejects('invalid-state', 'record-exists');
  });

  it('records storage measurements and reconciliations', () => {
    const storage = { storage_usage_id: 'stu_1', org_guid: 'org1', storage_kind: 'exports', bytes: 10, object_count: 2, cccode: null, measured_at: '2026-01-01T10:00:00.000Z' };
    given(usageDecider, []).when({ kind: 'record-storage', ...storage }).then([{ type: 'accounting.storage-usage-recorded', data: storage }]);
    const rec = { reconciliation_id: 'rec_1', org_guid: 'org1', lines: [], scanned_through: 4 };
    given(usageDecider, []).when({ kind: 'reconcile-storage', ...rec }).then([{ type: 'accounting.storage-usage-reconciled', data: rec }]);
  });
});

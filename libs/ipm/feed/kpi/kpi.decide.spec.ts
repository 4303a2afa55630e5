import { given } from '@g3n/es';
import { kpiDecider, KpiCommand } from './kpi.decide';
import { kpiAlertDecider, KpiAlertCommand } from './kpi-alert.decide';
import type { KpiBucketRef, KpiRecorded } from './kpi.events';
import { kpiIdOf } from './kpi-rules';

const ref: KpiBucketRef = {
  kpi_code: 'inventory_stockout_rate', scope: 'facility', logical_guid: 'LOG1', bucket: 'daily',
  bucket_start: '2026-01-25T00:00:00Z', bucket_end: '2026-01-26T00:00:00Z', dimensions: { channel_code: 'pos' },
};
const record = (value: number, over: Partial<KpiCommand> = {}): KpiCommand => ({ kind: 'record', org_guid: 'org1', kpi_id: 'kpi_1', ref, value, value_unit: 'ratio', ...over });
const recorded = (value: number, previous_value: number | null): KpiRecorded => ({
  type: 'ipm.kpi-recorded', data: { org_guid: 'org1', kpi_id: 'kpi_1', ...ref, value, value_unit: 'ratio', previous_value },
});

describe('kpi snapshot decider', () => {
  it('records a bucket, revises it with a new value, and ignores the same value again', () => {
    given(kpiDecider, []).when(record(0.034)).then([recorded(0.034, null)]);
    given(kpiDecider, [recorded(0.034, null)]).when(record(0.05)).then([recorded(0.05, 0.034)]);
    given(kpiDecider, [recorded(0.034, null)]).when(record(0.034)).then([]);
  });

  it('refuses an empty or inverted bucket window, and a facility scope without logical_guid', () => {
    given(kpiDecider, []).when(record(1, { ref: { ...ref, bucket_end: ref.bucket_start } })).thenRejects('validation-error', 'invalid-bucket-window');
    given(kpiDecider, []).when(record(1, { ref: { ...ref, logical_guid: null } })).thenRejects('validation-error', 'logical-guid-required');
  });

  it('derives one id per bucket: same bucket → same id, whatever the dimension order or time spelling', () => {
    const a = kpiIdOf('org1', { ...ref, dimensions: { a: '1', b: '2' } });
    expect(kpiIdOf('org1', { ...ref, bucket_start: '2026-01-25T00:00:00.000Z', dimensions: { b: '2', a: '1' } })).toBe(a);
    expect(kpiIdOf('org2', { ...ref, dimensions: { a: '1', b: '2' } })).not.toBe(a);
    expect(kpiIdOf('org1', { ...ref, bucket: 'weekly', dimensions: { a: '1', b: '2' } })).not.toBe(a);
  });
});

describe('kpi alert decider', () => {
  const raise = (value: number, over: Partial<KpiAlertCommand> = {}): KpiAlertCommand => ({
    kind: 'raise', org_guid: 'org1', alert_id: 'kpa_1', ref, value, threshold: { comparator: 'gt', value: 0.1 },
    team_guid: 'TEAM1', inbox_service: 'scm', priority: 'high', ...over,
  });

  it('raises an alert whose value breaches the threshold, once', () => {
    const raised = { type: 'ipm.kpi-alert-raised' as const, data: { org_guid: 'org1', alert_id: 'kpa_1', ...ref, value: 0.12, threshold: { comparator: 'gt' as const, value: 0.1 }, team_guid: 'TEAM1', inbox_service: 'scm', priority: 'high' as const } };
    given(kpiAlertDecider, []).when(raise(0.12)).then([raised]);
    given(kpiAlertDecider, [raised]).when(raise(0.12)).thenRejects('conflict', 'alert-exists');
  });

  it('refuses a value that does not breach, for every comparator', () => {
    given(kpiAlertDecider, []).when(raise(0.1)).thenRejects('validation-error', 'threshold-not-breached');
    given(kpiAlertDecider, []).when(raise(0.1, { threshold: { comparator: 'gte', value: 0.1 } })).then([expect.objectContaining({ type: 'ipm.kpi-alert-raised' })] as never);
    given(kpiAlertDecider, []).when(raise(0.2, { threshold: { comparator: 'lt', value: 0.1 } })).thenRejects('validation-error', 'threshold-not-breached');
    given(kpiAlertDecider, []).when(raise(0.1, { threshold: { comparator: 'ne', value: 0.1 } })).thenRejects('validation-error', 'threshold-not-breached');
  });
});

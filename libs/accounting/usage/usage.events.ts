import { defineEvent, DomainEvent } from '@g3n/es';
import { int, nstr, num, obj, str } from '../shared/schema';

export interface UsageRecordedData {
  usage_id: string;
  org_guid: string;
  metric: string;
  quantity: number;
  unit: string;
  cccode: string | null;
  /** When the usage happened (the rollup day is its UTC date), as reported by the emitting service. */
  occurred_at: string;
  [key: string]: unknown;
}

export interface StorageUsageRecordedData {
  storage_usage_id: string;
  org_guid: string;
  storage_kind: string;
  bytes: number;
  object_count: number | null;
  cccode: string | null;
  measured_at: string;
  [key: string]: unknown;
}

export interface ReconciliationLine {
  storage_kind: string;
  recorded_bytes: number | null;
  measured_bytes: number;
  difference_bytes: number | null;
  status: 'match' | 'mismatch' | 'unrecorded';
  [key: string]: unknown;
}

export interface StorageReconciledData {
  reconciliation_id: string;
  org_guid: string;
  lines: ReconciliationLine[];
  scanned_through: number;
  [key: string]: unknown;
}

export type UsageRecorded = DomainEvent<'accounting.usage-recorded', UsageRecordedData>;
export type StorageUsageRecorded = DomainEvent<'accounting.storage-usage-recorded', StorageUsageRecordedData>;
export type StorageReconciled = DomainEvent<'accounting.storage-usage-reconciled', StorageReconciledData>;
export type UsageEvent = UsageRecorded | StorageUsageRecorded | StorageReconciled;

export const usageEvents = [
  defineEvent({
    type: 'accounting.usage-recorded', version: 1, stream: '<org_guid>/accounting.usage/<usage_id>',
    description: 'A usage event (metric, quantity, unit, cost centre) was recorded; daily rollups sum them.',
    schema: obj(['usage_id', 'org_guid', 'metric', 'quantity', 'unit', 'cccode', 'occurred_at'], { usage_id: str, org_guid: str, metric: str, quantity: num, unit: str, cccode: nstr, occurred_at: str }),
  }),
  defineEvent({
    type: 'accounting.storage-usage-recorded', version: 1, stream: '<org_guid>/accounting.storage-usage/<storage_usage_id>',
    description: 'A storage measurement (bytes, objects) of one storage kind was recorded.',
    schema: obj(['storage_usage_id', 'org_guid', 'storage_kind', 'bytes', 'object_count', 'cccode', 'measured_at'], {
      storage_usage_id: str, org_guid: str, storage_kind: str, bytes: int, object_count: { type: ['integer', 'null'] }, cccode: nstr, measured_at: str,
    }),
  }),
  defineEvent({
    type: 'accounting.storage-usage-reconciled', version: 1, stream: '<org_guid>/accounting.storage-reconciliation/<reconciliation_id>',
    description: 'Recorded storage was compared with what the log and blob store hold for the org.',
    schema: obj(['reconciliation_id', 'org_guid', 'lines', 'scanned_through'], {
      reconciliation_id: str, org_guid: str, scanned_through: int,
      lines: { type: 'array', items: obj(['storage_kind', 'recorded_bytes', 'measured_bytes', 'difference_bytes', 'status'], { storage_kind: str, recorded_bytes: { type: ['integer', 'null'] }, measured_bytes: int, difference_bytes: { type: ['integer', 'null'] }, status: str }) },
    }),
  }),
];

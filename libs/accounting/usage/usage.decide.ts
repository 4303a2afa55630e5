import { Decider, invalidState } from '@g3n/es';
import type { StorageReconciledData, StorageUsageRecordedData, UsageEvent, UsageRecordedData } from './usage.events';
import { evolveRecord, initialRecordState, RecordState } from './usage.state';

export type UsageCommand =
  | ({ kind: 'record-usage' } & UsageRecordedData)
  | ({ kind: 'record-storage' } & StorageUsageRecordedData)
  | ({ kind: 'reconcile-storage' } & StorageReconciledData);

const TYPES = {
  'record-usage': 'accounting.usage-recorded',
  'record-storage': 'accounting.storage-usage-recorded',
  'reconcile-storage': 'accounting.storage-usage-reconciled',
} as const;

/** Write-once records: a second write on the same id is refused (ids are fresh per request; idempotency-key covers retries). */
export const usageDecider: Decider<UsageCommand, RecordState, UsageEvent> = {
  name: 'accounting.usage-record',
  stateVersion: 1,
  initialState: initialRecordState,
  evolve: evolveRecord,
  decide(command, state) {
    if (state.exists) throw invalidState('record-exists', 'This record already exists.');
    const { kind, ...data } = command;
    return [{ type: TYPES[kind], data } as UsageEvent];
  },
};

import type { UsageEvent } from './usage.events';

/** Usage, storage measurements and reconciliations are facts recorded once: the state only says it exists. */
export interface RecordState {
  exists: boolean;
}

export const initialRecordState = (): RecordState => ({ exists: false });

export const evolveRecord = (_state: RecordState, _event: UsageEvent): RecordState => ({ exists: true });

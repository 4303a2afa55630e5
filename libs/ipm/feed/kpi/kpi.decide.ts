import type { Decider } from '@g3n/es';
import type { KpiBucketRef, KpiEvent } from './kpi.events';
import { assertBucket } from './kpi-rules';
import { evolveKpi, initialKpiState, KpiState } from './kpi.state';

export type KpiCommand = {
  kind: 'record';
  org_guid: string;
  kpi_id: string;
  ref: KpiBucketRef;
  value: number;
  value_unit: string | null;
};

function record(command: KpiCommand, state: KpiState): KpiEvent[] {
  assertBucket(command.ref);
  const current = state.snapshot;
  // The same numbers again (a retried rollup) change nothing.
  if (current && current.value === command.value && current.value_unit === command.value_unit && current.bucket_end === command.ref.bucket_end) return [];
  return [{
    type: 'ipm.kpi-recorded',
    data: {
      org_guid: command.org_guid, kpi_id: command.kpi_id, ...command.ref,
      value: command.value, value_unit: command.value_unit, previous_value: current?.value ?? null,
    },
  }];
}

export const kpiDecider: Decider<KpiCommand, KpiState, KpiEvent> = {
  name: 'ipm.kpi',
  stateVersion: 1,
  initialState: initialKpiState,
  evolve: evolveKpi,
  decide(command, state) {
    switch (command.kind) {
      case 'record': return record(command, state);
    }
  },
};

import type { KpiEvent, KpiRecorded } from './kpi.events';

/** One KPI snapshot (one bucket): its last recorded value. */
export interface KpiState {
  snapshot: KpiRecorded['data'] | null;
}

export const initialKpiState = (): KpiState => ({ snapshot: null });

export function evolveKpi(_state: KpiState, event: KpiEvent): KpiState {
  return { snapshot: event.data };
}

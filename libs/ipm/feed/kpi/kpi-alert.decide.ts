import { conflict, Decider, validationError } from '@g3n/es';
import type { KpiAlertEvent, KpiAlertRaised, KpiBucketRef } from './kpi.events';
import { assertBucket, breaches } from './kpi-rules';

/** A raised alert is a fact: it is written once and never changes (acknowledging belongs to the inbox). */
export interface KpiAlertState {
  alert: KpiAlertRaised['data'] | null;
}

export type KpiAlertCommand = {
  kind: 'raise';
  org_guid: string;
  alert_id: string;
  ref: KpiBucketRef;
  value: number;
  threshold: KpiAlertRaised['data']['threshold'];
  team_guid: string | null;
  inbox_service: string | null;
  priority: KpiAlertRaised['data']['priority'];
};

function raise(c: KpiAlertCommand, state: KpiAlertState): KpiAlertEvent[] {
  if (state.alert) throw conflict('alert-exists', `Alert ${c.alert_id} was already raised.`);
  assertBucket(c.ref);
  if (!breaches(c.value, c.threshold)) {
    throw validationError('threshold-not-breached', `value ${c.value} does not breach ${c.threshold.comparator} ${c.threshold.value}.`, {
      fields: [{ field: 'alert.value', reason: 'does not breach the threshold' }],
    });
  }
  return [{
    type: 'ipm.kpi-alert-raised',
    data: {
      org_guid: c.org_guid, alert_id: c.alert_id, ...c.ref, value: c.value, threshold: c.threshold,
      team_guid: c.team_guid, inbox_service: c.inbox_service, priority: c.priority,
    },
  }];
}

export const kpiAlertDecider: Decider<KpiAlertCommand, KpiAlertState, KpiAlertEvent> = {
  name: 'ipm.kpi-alert',
  stateVersion: 1,
  initialState: () => ({ alert: null }),
  evolve: (_state, event) => ({ alert: event.data }),
  decide(command, state) {
    switch (command.kind) {
      case 'raise': return raise(command, state);
    }
  },
};

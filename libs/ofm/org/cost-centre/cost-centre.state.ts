import type { CostCentreEvent, CostCentreStatus } from './cost-centre.events';

export interface CostCentreState {
  exists: boolean;
  org_guid: string;
  cc_guid: string;
  status: CostCentreStatus;
  is_default: boolean;
}

export const initialCostCentreState = (): CostCentreState => ({ exists: false, org_guid: '', cc_guid: '', status: 'active', is_default: false });

export function evolveCostCentre(state: CostCentreState, event: CostCentreEvent): CostCentreState {
  switch (event.type) {
    case 'ofm.cost-centre-created':
      return { exists: true, org_guid: event.data.org_guid, cc_guid: event.data.cc_guid, status: 'active', is_default: event.data.is_default };
    case 'ofm.cost-centre-updated':
      return state;
    case 'ofm.cost-centre-status-set':
      return { ...state, status: event.data.status };
  }
}

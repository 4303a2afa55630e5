import type { ActiveStatus } from '../shared/status';
import type { LogicalDetails, LogicalFacilityEvent } from './logical.events';

export interface LogicalFacilityState extends LogicalDetails {
  exists: boolean;
  logical_guid: string;
  org_guid: string;
  code: string;
  root_zone_guid: string;
  status: ActiveStatus;
}

export const initialLogicalState = (): LogicalFacilityState => ({
  exists: false, logical_guid: '', org_guid: '', code: '', root_zone_guid: '', caption: '', physical_guid: '', legal_guid: '', status: 'active',
});

export function evolveLogical(state: LogicalFacilityState, event: LogicalFacilityEvent): LogicalFacilityState {
  switch (event.type) {
    case 'ofm.logical-facility-created':
      return { ...event.data, exists: true, status: 'active' };
    case 'ofm.logical-facility-updated':
      return { ...state, ...event.data.changes };
    case 'ofm.logical-facility-status-changed':
      return { ...state, status: event.data.to };
  }
}

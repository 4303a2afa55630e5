import type { ActiveStatus } from '../shared/status';
import type { PhysicalDetails, PhysicalFacilityEvent } from './physical.events';

export interface PhysicalFacilityState extends PhysicalDetails {
  exists: boolean;
  physical_guid: string;
  org_guid: string;
  code: string;
  status: ActiveStatus;
}

export const initialPhysicalState = (): PhysicalFacilityState => ({
  exists: false, physical_guid: '', org_guid: '', code: '', caption: '', address: { street: '', city: '', country: '' }, timezone: null, status: 'active',
});

export function evolvePhysical(state: PhysicalFacilityState, event: PhysicalFacilityEvent): PhysicalFacilityState {
  switch (event.type) {
    case 'ofm.physical-facility-created':
      return { ...event.data, exists: true, status: 'active' };
    case 'ofm.physical-facility-updated':
      return { ...state, ...event.data.changes };
    case 'ofm.physical-facility-status-changed':
      return { ...state, status: event.data.to };
  }
}

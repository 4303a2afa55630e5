import type { ActiveStatus } from '../shared/status';
import type { LegalDetails, LegalFacilityEvent } from './legal.events';

export interface LegalFacilityState extends LegalDetails {
  exists: boolean;
  legal_guid: string;
  org_guid: string;
  code: string;
  status: ActiveStatus;
}

export const initialLegalState = (): LegalFacilityState => ({
  exists: false, legal_guid: '', org_guid: '', code: '', caption: '', legal_name: null, tax_id: null, status: 'active',
});

export function evolveLegal(state: LegalFacilityState, event: LegalFacilityEvent): LegalFacilityState {
  switch (event.type) {
    case 'ofm.legal-facility-created':
      return { ...event.data, exists: true, status: 'active' };
    case 'ofm.legal-facility-updated':
      return { ...state, ...event.data.changes };
    case 'ofm.legal-facility-status-changed':
      return { ...state, status: event.data.to };
  }
}

import type { ServiceAccountEvent, ServiceAccountStatus } from './service-account.events';

export interface ServiceAccountState {
  exists: boolean;
  org_guid: string;
  service_account_id: string;
  status: ServiceAccountStatus;
}

export const initialServiceAccountState = (): ServiceAccountState => ({ exists: false, org_guid: '', service_account_id: '', status: 'active' });

export function evolveServiceAccount(state: ServiceAccountState, event: ServiceAccountEvent): ServiceAccountState {
  switch (event.type) {
    case 'usm.service-account-created':
      return { exists: true, org_guid: event.data.org_guid, service_account_id: event.data.service_account_id, status: 'active' };
    case 'usm.service-account-status-set':
      return { ...state, status: event.data.status };
    case 'usm.service-account-keys-revoked':
      return state;
  }
}

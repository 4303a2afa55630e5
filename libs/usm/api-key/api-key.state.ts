import type { ApiKeyEvent } from './api-key.events';

export interface ApiKeyState {
  exists: boolean;
  org_guid: string;
  api_key_id: string;
  service_account_id: string;
  status: 'active' | 'revoked';
  role_profiles: string[];
}

export const initialApiKeyState = (): ApiKeyState => ({ exists: false, org_guid: '', api_key_id: '', service_account_id: '', status: 'active', role_profiles: [] });

export function evolveApiKey(state: ApiKeyState, event: ApiKeyEvent): ApiKeyState {
  switch (event.type) {
    case 'usm.api-key-created': {
      const d = event.data;
      return { exists: true, org_guid: d.org_guid, api_key_id: d.api_key_id, service_account_id: d.service_account_id, status: 'active', role_profiles: d.role_profiles };
    }
    case 'usm.api-key-policy-set':
      return { ...state, role_profiles: event.data.role_profiles };
    case 'usm.api-key-revoked':
      return { ...state, status: 'revoked' };
  }
}

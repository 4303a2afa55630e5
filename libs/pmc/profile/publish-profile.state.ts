import type { PublishProfileEvent, PublishRules } from './publish-profile.events';

export interface PublishProfileState extends PublishRules {
  exists: boolean;
  org_guid: string;
  channel_code: string;
  channel_guid: string;
}

export const initialPublishProfileState = (): PublishProfileState => ({
  exists: false, org_guid: '', channel_code: '', channel_guid: '', required_sku: false, required_identifier_types: [],
});

export function evolvePublishProfile(state: PublishProfileState, event: PublishProfileEvent): PublishProfileState {
  switch (event.type) {
    case 'pmc.publish-profile-set': {
      const { created: _created, ...profile } = event.data;
      return { ...state, ...profile, exists: true };
    }
  }
}

import type { ActiveStatus } from '../shared/status';
import type { OptionGroupDetails, OptionGroupEvent } from './option-group.events';

export interface OptionGroupState extends OptionGroupDetails {
  exists: boolean;
  group_id: string;
  org_guid: string;
  code: string;
  status: ActiveStatus;
}

export const initialOptionGroupState = (): OptionGroupState => ({ exists: false, group_id: '', org_guid: '', code: '', caption: '', status: 'active' });

export function evolveOptionGroup(state: OptionGroupState, event: OptionGroupEvent): OptionGroupState {
  switch (event.type) {
    case 'pvm.option-group-created':
      return { ...event.data, exists: true, status: 'active' };
    case 'pvm.option-group-updated':
      return { ...state, ...event.data.changes };
    case 'pvm.option-group-status-changed':
      return { ...state, status: event.data.to };
  }
}

import type { ActiveStatus } from '../shared/status';
import type { OptionDetails, OptionEvent } from './option.events';

export interface OptionState extends OptionDetails {
  exists: boolean;
  option_id: string;
  org_guid: string;
  group_id: string;
  group_code: string;
  code: string;
  status: ActiveStatus;
}

export const initialOptionState = (): OptionState => ({ exists: false, option_id: '', org_guid: '', group_id: '', group_code: '', code: '', caption: '', status: 'active' });

export function evolveOption(state: OptionState, event: OptionEvent): OptionState {
  switch (event.type) {
    case 'pvm.option-created':
      return { ...event.data, exists: true, status: 'active' };
    case 'pvm.option-updated':
      return { ...state, ...event.data.changes };
    case 'pvm.option-status-changed':
      return { ...state, status: event.data.to };
  }
}

import type { ActiveStatus } from '../shared/status';
import type { OgmEvent, OgmGroup } from './ogm.events';

export interface OgmState {
  exists: boolean;
  ogm_id: string;
  org_guid: string;
  code: string;
  caption: string;
  status: ActiveStatus;
  /** The current content revision. */
  ogm_rev: number;
  groups: OgmGroup[];
  /** Every content revision, oldest first. */
  revisions: Array<{ ogm_rev: number; groups: OgmGroup[] }>;
}

export const initialOgmState = (): OgmState => ({ exists: false, ogm_id: '', org_guid: '', code: '', caption: '', status: 'active', ogm_rev: 0, groups: [], revisions: [] });

export function evolveOgm(state: OgmState, event: OgmEvent): OgmState {
  switch (event.type) {
    case 'pvm.ogm-created': {
      const { ogm_id, org_guid, code, caption, ogm_rev, groups } = event.data;
      return { exists: true, ogm_id, org_guid, code, caption, status: 'active', ogm_rev, groups, revisions: [{ ogm_rev, groups }] };
    }
    case 'pvm.ogm-revised':
      return { ...state, ogm_rev: event.data.ogm_rev, groups: event.data.groups, revisions: [...state.revisions, { ogm_rev: event.data.ogm_rev, groups: event.data.groups }] };
    case 'pvm.ogm-status-changed':
      return { ...state, status: event.data.to };
  }
}

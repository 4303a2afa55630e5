import type { ActiveStatus } from '../shared/status';
import { ROOT_ZONE_CODE, ZoneEvent } from './zone.events';

export interface ZoneNode {
  zone_guid: string;
  parent_zone_guid: string | null;
  code: string;
  status: ActiveStatus;
  /** The zone's own revision: 0 at creation, +1 per event about this zone (the tree shares one stream). */
  revision: number;
}

/** One logical facility's zone tree: one stream, so code uniqueness and acyclicity are checked in one place. */
export interface ZoneTreeState {
  exists: boolean;
  org_guid: string;
  logical_guid: string;
  root_zone_guid: string;
  zones: Record<string, ZoneNode>;
  /** code → zone_guid. */
  codes: Record<string, string>;
}

export const initialZoneTreeState = (): ZoneTreeState => ({ exists: false, org_guid: '', logical_guid: '', root_zone_guid: '', zones: {}, codes: {} });

function touch(state: ZoneTreeState, zoneGuid: string, change: Partial<ZoneNode>): ZoneTreeState {
  const zone = state.zones[zoneGuid];
  return { ...state, zones: { ...state.zones, [zoneGuid]: { ...zone, ...change, revision: zone.revision + 1 } } };
}

export function evolveZoneTree(state: ZoneTreeState, event: ZoneEvent): ZoneTreeState {
  switch (event.type) {
    case 'ofm.zone-created': {
      const d = event.data;
      const isRoot = d.parent_zone_guid === null && d.code === ROOT_ZONE_CODE;
      return {
        exists: true,
        org_guid: d.org_guid,
        logical_guid: d.logical_guid,
        root_zone_guid: isRoot ? d.zone_guid : state.root_zone_guid,
        zones: { ...state.zones, [d.zone_guid]: { zone_guid: d.zone_guid, parent_zone_guid: d.parent_zone_guid, code: d.code, status: 'active', revision: 0 } },
        codes: { ...state.codes, [d.code]: d.zone_guid },
      };
    }
    case 'ofm.zone-status-changed':
      return touch(state, event.data.zone_guid, { status: event.data.to });
    case 'ofm.zone-moved':
      return touch(state, event.data.zone_guid, { parent_zone_guid: event.data.to_parent_zone_guid });
  }
}

/** True when `candidate` is `zoneGuid` itself or lies below it. Walks parents upward, so it is bounded by depth. */
export function isSelfOrDescendant(state: ZoneTreeState, zoneGuid: string, candidate: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null = candidate; current !== null; current = state.zones[current]?.parent_zone_guid ?? null) {
    if (current === zoneGuid) return true;
    if (seen.has(current)) return true; // Never happens in a valid tree; refuse rather than loop.
    seen.add(current);
  }
  return false;
}

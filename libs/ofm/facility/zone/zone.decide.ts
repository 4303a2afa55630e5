import { conflict, Decider, invalidState, notFound, RevisionConflictError } from '@g3n/es';
import { ActiveStatus, statusChanges } from '../shared/status';
import { ROOT_ZONE_CODE, ZoneCreated, ZoneEvent } from './zone.events';
import { evolveZoneTree, initialZoneTreeState, isSelfOrDescendant, ZoneNode, ZoneTreeState } from './zone.state';

interface TreeIds {
  org_guid: string;
  logical_guid: string;
  /** The ROOT zone's guid, fixed when the logical facility was created. */
  root_zone_guid: string;
}

export type ZoneTreeCommand =
  | ({ kind: 'init-root' } & TreeIds)
  | ({ kind: 'create'; zone_guid: string; parent_zone_guid: string; code: string; caption: string; logical_status: ActiveStatus } & TreeIds)
  | { kind: 'set-status'; zone_guid: string; status: ActiveStatus; expected_revision: number }
  | { kind: 'move'; zone_guid: string; parent_zone_guid: string; expected_revision: number };

type State = ZoneTreeState;
type Cmd<K extends ZoneTreeCommand['kind']> = Extract<ZoneTreeCommand, { kind: K }>;

function rootCreated(ids: TreeIds): ZoneCreated {
  return { type: 'ofm.zone-created', data: { zone_guid: ids.root_zone_guid, org_guid: ids.org_guid, logical_guid: ids.logical_guid, parent_zone_guid: null, code: ROOT_ZONE_CODE, caption: 'Root' } };
}

/**
 * The logical facility's create writes the ROOT zone right after it; if that second append never happened (a crash
 * between the two), the first zone create repairs the tree with the same ROOT guid.
 */
function initRoot(command: Cmd<'init-root'>, state: State): ZoneEvent[] {
  return state.exists ? [] : [rootCreated(command)];
}

function create(command: Cmd<'create'>, state: State): ZoneEvent[] {
  const repair = state.exists ? [] : [rootCreated(command)];
  const tree = repair.reduce(evolveZoneTree, state);
  if (command.logical_status !== 'active') throw invalidState('logical-facility-inactive', 'Zones cannot be added to an inactive logical facility.');
  const parent = tree.zones[command.parent_zone_guid];
  if (!parent) throw notFound('parent-zone-not-found', 'The parent zone is not in this logical facility.');
  if (parent.status !== 'active') throw invalidState('parent-zone-inactive', 'The parent zone is inactive.');
  if (tree.codes[command.code]) throw conflict('duplicate-code', `Zone code ${command.code} is already used in this logical facility.`, { code: command.code });
  const { zone_guid, org_guid, logical_guid, parent_zone_guid, code, caption } = command;
  return [...repair, { type: 'ofm.zone-created', data: { zone_guid, org_guid, logical_guid, parent_zone_guid, code, caption } }];
}

/** Zones share the tree's stream, so optimistic concurrency is per zone, against the zone's own revision. */
function pinnedZone(state: State, zoneGuid: string, expected: number): ZoneNode {
  const zone = state.zones[zoneGuid];
  if (!zone) throw notFound('zone-not-found', 'No such zone.');
  if (zone.revision !== expected) throw new RevisionConflictError(`zone:${zoneGuid}`, expected, zone.revision);
  return zone;
}

function setStatus(command: Cmd<'set-status'>, state: State): ZoneEvent[] {
  const zone = pinnedZone(state, command.zone_guid, command.expected_revision);
  if (!statusChanges(zone.status, command.status)) return [];
  if (command.status === 'inactive') {
    if (zone.parent_zone_guid === null) throw invalidState('root-zone-immutable', 'The ROOT zone cannot be deactivated.');
    const activeChild = Object.values(state.zones).some((z) => z.parent_zone_guid === zone.zone_guid && z.status === 'active');
    if (activeChild) throw invalidState('zone-has-active-children', 'Deactivate the zone\'s child zones first.');
  } else if (zone.parent_zone_guid !== null && state.zones[zone.parent_zone_guid]?.status !== 'active') {
    throw invalidState('parent-zone-inactive', 'Activate the parent zone first.');
  }
  return [{ type: 'ofm.zone-status-changed', data: { zone_guid: zone.zone_guid, logical_guid: state.logical_guid, from: zone.status, to: command.status } }];
}

function move(command: Cmd<'move'>, state: State): ZoneEvent[] {
  const zone = pinnedZone(state, command.zone_guid, command.expected_revision);
  if (zone.parent_zone_guid === null) throw invalidState('root-zone-immutable', 'The ROOT zone cannot be moved.');
  if (zone.parent_zone_guid === command.parent_zone_guid) return [];
  const parent = state.zones[command.parent_zone_guid];
  if (!parent) throw notFound('parent-zone-not-found', 'The parent zone is not in this logical facility.');
  if (isSelfOrDescendant(state, zone.zone_guid, parent.zone_guid)) {
    throw invalidState('zone-cycle', 'A zone cannot be moved under itself or one of its descendants.');
  }
  if (parent.status !== 'active' && zone.status === 'active') throw invalidState('parent-zone-inactive', 'The new parent zone is inactive.');
  return [{ type: 'ofm.zone-moved', data: { zone_guid: zone.zone_guid, logical_guid: state.logical_guid, from_parent_zone_guid: zone.parent_zone_guid, to_parent_zone_guid: parent.zone_guid } }];
}

export const zoneTreeDecider: Decider<ZoneTreeCommand, State, ZoneEvent> = {
  name: 'ofm.zone-tree',
  stateVersion: 1,
  initialState: initialZoneTreeState,
  evolve: evolveZoneTree,
  decide(command, state) {
    switch (command.kind) {
      case 'init-root':
        return initRoot(command, state);
      case 'create':
        return create(command, state);
      case 'set-status':
        return setStatus(command, state);
      case 'move':
        return move(command, state);
    }
  },
};

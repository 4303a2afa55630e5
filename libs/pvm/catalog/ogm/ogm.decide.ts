import { Decider, invalidState, notFound, validationError } from '@g3n/es';
import { ACTIVE_MACHINE, ActiveStatus, statusChanges } from '../shared/status';
import type { OgmEvent, OgmGroup } from './ogm.events';
import { evolveOgm, initialOgmState, OgmState } from './ogm.state';

/** For each group code the command names, its status as the handler found it in the log (absent: no such group). */
export type GroupStatuses = Record<string, ActiveStatus>;

export type OgmCommand =
  | { kind: 'create'; ogm_id: string; org_guid: string; code: string; caption: string; groups: OgmGroup[]; group_statuses: GroupStatuses; cloned_from: { ogm_id: string; ogm_rev: number } | null }
  | { kind: 'revise'; groups: OgmGroup[]; group_statuses: GroupStatuses }
  | { kind: 'set-status'; status: ActiveStatus };

type State = OgmState;

/**
 * An OGM's groups: at least one, each an existing active option group, no group twice, no priority twice (the
 * priority orders the axes of a variant: 1 first). Answers them sorted by priority.
 */
export function checkedGroups(groups: OgmGroup[], statuses: GroupStatuses): OgmGroup[] {
  if (groups.length === 0) throw validationError('ogm-groups-required', 'An OGM needs at least one option group.', { fields: [{ field: 'groups', reason: 'empty' }] });
  const codes = new Set(groups.map((g) => g.group_code));
  if (codes.size !== groups.length) throw validationError('duplicate-group', 'An option group appears twice.', { fields: [{ field: 'groups', reason: 'duplicate-group' }] });
  if (new Set(groups.map((g) => g.priority)).size !== groups.length) {
    throw validationError('duplicate-priority', 'Two groups share a priority.', { fields: [{ field: 'groups', reason: 'duplicate-priority' }] });
  }
  const missing = groups.filter((g) => !statuses[g.group_code]).map((g) => g.group_code);
  if (missing.length) throw notFound('option-group-not-found', `No such option group: ${missing.join(', ')}.`, { group_codes: missing });
  const inactive = groups.filter((g) => statuses[g.group_code] !== 'active').map((g) => g.group_code);
  if (inactive.length) throw invalidState('option-group-inactive', `Inactive option group: ${inactive.join(', ')}.`, { group_codes: inactive });
  return [...groups].sort((a, b) => a.priority - b.priority).map(({ group_code, priority }) => ({ group_code, priority }));
}

function create(c: Extract<OgmCommand, { kind: 'create' }>, state: State): OgmEvent[] {
  if (state.exists) throw invalidState('ogm-exists', 'This OGM already exists.');
  const groups = checkedGroups(c.groups, c.group_statuses);
  const { ogm_id, org_guid, code, caption, cloned_from } = c;
  return [{ type: 'pvm.ogm-created', data: { ogm_id, org_guid, code, caption, ogm_rev: 1, groups, cloned_from } }];
}

function revise(c: Extract<OgmCommand, { kind: 'revise' }>, state: State): OgmEvent[] {
  if (state.status !== 'active') throw invalidState('ogm-inactive', 'An inactive OGM cannot be revised; activate it first.');
  const groups = checkedGroups(c.groups, c.group_statuses);
  // The same content again is not a new revision: styles pinned to the current one stay current.
  if (JSON.stringify(groups) === JSON.stringify(state.groups)) return [];
  return [{ type: 'pvm.ogm-revised', data: { ogm_id: state.ogm_id, ogm_rev: state.ogm_rev + 1, groups } }];
}

function setStatus(c: Extract<OgmCommand, { kind: 'set-status' }>, state: State): OgmEvent[] {
  if (!statusChanges(ACTIVE_MACHINE, state.status, c.status)) return [];
  return [{ type: 'pvm.ogm-status-changed', data: { ogm_id: state.ogm_id, from: state.status, to: c.status } }];
}

export const ogmDecider: Decider<OgmCommand, State, OgmEvent> = {
  name: 'pvm.ogm',
  stateVersion: 1,
  initialState: initialOgmState,
  evolve: evolveOgm,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('ogm-not-found', 'No such OGM.');
    switch (command.kind) {
      case 'revise':
        return revise(command, state);
      case 'set-status':
        return setStatus(command, state);
    }
  },
};

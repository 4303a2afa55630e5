import { conflict, Decider, invalidState, notFound } from '@g3n/es';
import type { CostCentreEvent, CostCentreStatus } from './cost-centre.events';
import { CostCentreState, evolveCostCentre, initialCostCentreState } from './cost-centre.state';

export type CostCentreCommand =
  | { kind: 'create'; org_guid: string; cc_guid: string; code: string; caption: string; description: string | null; is_default: boolean }
  | { kind: 'update'; caption?: string; description?: string | null }
  | { kind: 'set-status'; status: CostCentreStatus };

function setStatus(status: CostCentreStatus, state: CostCentreState): CostCentreEvent[] {
  if (state.status === status) throw invalidState('invalid-transition', `The cost centre is ${status} already.`, { from: state.status, to: status });
  // Events and orders without an x-cccode fall back to the default cost centre, so it always stays usable.
  if (state.is_default && status === 'inactive') throw invalidState('default-cost-centre', 'The org\'s default cost centre cannot be deactivated.');
  return [{ type: 'ofm.cost-centre-status-set', data: { org_guid: state.org_guid, cc_guid: state.cc_guid, from: state.status, status } }];
}

export const costCentreDecider: Decider<CostCentreCommand, CostCentreState, CostCentreEvent> = {
  name: 'ofm.cost-centre',
  stateVersion: 1,
  initialState: initialCostCentreState,
  evolve: evolveCostCentre,
  decide(command, state) {
    if (command.kind === 'create') {
      if (state.exists) throw conflict('uniqueness-conflict', 'The cost centre exists already.');
      const { kind: _kind, ...data } = command;
      return [{ type: 'ofm.cost-centre-created', data }];
    }
    if (!state.exists) throw notFound('cost-centre-not-found', 'No such cost centre.');
    if (command.kind === 'set-status') return setStatus(command.status, state);
    const data: { org_guid: string; cc_guid: string; caption?: string; description?: string | null } = { org_guid: state.org_guid, cc_guid: state.cc_guid };
    if (command.caption !== undefined) data.caption = command.caption;
    if (command.description !== undefined) data.description = command.description;
    return [{ type: 'ofm.cost-centre-updated', data }];
  },
};

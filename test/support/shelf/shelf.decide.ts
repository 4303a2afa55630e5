import { Decider, invalidState, notFound } from '@g3n/es';
import type { ShelfEvent } from './shelf.events';

export interface ShelfState {
  exists: boolean;
  org_guid: string;
  shelf_id: string;
  quantity: number;
}

export type ShelfCommand =
  | { kind: 'open'; org_guid: string; shelf_id: string; label: string }
  | { kind: 'add'; quantity: number }
  | { kind: 'take'; quantity: number };

export const shelfDecider: Decider<ShelfCommand, ShelfState, ShelfEvent> = {
  name: 'demo.shelf',
  stateVersion: 1,
  initialState: () => ({ exists: false, org_guid: '', shelf_id: '', quantity: 0 }),
  evolve(state, event) {
    switch (event.type) {
      case 'demo.shelf-opened':
        return { exists: true, org_guid: event.data.org_guid, shelf_id: event.data.shelf_id, quantity: 0 };
      case 'demo.items-added':
        return { ...state, quantity: state.quantity + event.data.quantity };
      case 'demo.items-taken':
        return { ...state, quantity: state.quantity - event.data.quantity };
    }
  },
  decide(command, state) {
    if (command.kind === 'open') {
      if (state.exists) throw invalidState('shelf-exists', 'The shelf is already open.');
      return [{ type: 'demo.shelf-opened', data: { org_guid: command.org_guid, shelf_id: command.shelf_id, label: command.label } }];
    }
    if (!state.exists) throw notFound('shelf-not-found', 'No such shelf.');
    const ids = { org_guid: state.org_guid, shelf_id: state.shelf_id };
    if (command.kind === 'add') return [{ type: 'demo.items-added', data: { ...ids, quantity: command.quantity } }];
    if (command.quantity > state.quantity) {
      throw invalidState('insufficient-quantity', 'Not enough items on the shelf.', { available: state.quantity });
    }
    return [{ type: 'demo.items-taken', data: { ...ids, quantity: command.quantity } }];
  },
};

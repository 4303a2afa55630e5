import { Decider, invalidState, notFound, validationError } from '@g3n/es';
import { ActiveStatus, changedFields, statusChanges } from '../shared/status';
import type { PriceListDetails, PriceListEvent } from './price-list.events';
import { evolvePriceList, initialPriceListState, PriceListState } from './price-list.state';

/**
 * `set` on an existing list: the changeable details, a status, and the immutable fields as the client sent them
 * (a client may resend the whole record; a different code or currency is refused, not silently ignored).
 */
export type PriceListCommand =
  | ({ kind: 'create'; price_list_id: string; org_guid: string; code: string; currency: string; status: ActiveStatus } & PriceListDetails)
  | { kind: 'update'; changes: Partial<PriceListDetails>; status?: ActiveStatus; code?: string; currency?: string };

type State = PriceListState;
type Cmd<K extends PriceListCommand['kind']> = Extract<PriceListCommand, { kind: K }>;

function create(command: Cmd<'create'>, state: State): PriceListEvent[] {
  if (state.exists) throw invalidState('price-list-exists', 'This price list already exists.');
  const { kind: _kind, ...data } = command;
  return [{ type: 'ppm.price-list-created', data: { ...data, channel_codes: [...new Set(data.channel_codes)].sort() } }];
}

function update(command: Cmd<'update'>, state: State): PriceListEvent[] {
  if (command.code !== undefined && command.code !== state.code) {
    throw validationError('code-immutable', 'A price list\'s code never changes.', { fields: [{ field: 'code', reason: 'immutable' }] });
  }
  // Prices in the list carry its currency: changing it would silently re-denominate them.
  if (command.currency !== undefined && command.currency !== state.currency) {
    throw validationError('currency-immutable', 'A price list\'s currency never changes; create another list.', { fields: [{ field: 'currency', reason: 'immutable' }] });
  }
  const requested = { ...command.changes };
  if (requested.channel_codes) requested.channel_codes = [...new Set(requested.channel_codes)].sort();
  const changes = changedFields(state as unknown as Record<string, unknown>, requested) as Partial<PriceListDetails>;
  const events: PriceListEvent[] = [];
  if (Object.keys(changes).length > 0) events.push({ type: 'ppm.price-list-updated', data: { price_list_id: state.price_list_id, changes } });
  if (command.status !== undefined && statusChanges(state.status, command.status)) {
    events.push({ type: 'ppm.price-list-status-changed', data: { price_list_id: state.price_list_id, from: state.status, to: command.status } });
  }
  return events;
}

export const priceListDecider: Decider<PriceListCommand, State, PriceListEvent> = {
  name: 'ppm.price-list',
  stateVersion: 1,
  initialState: initialPriceListState,
  evolve: evolvePriceList,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('price-list-not-found', 'No such price list.');
    return update(command, state);
  },
};

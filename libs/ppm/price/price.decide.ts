import { Decider, invalidState, notFound, validationError } from '@g3n/es';
import { MAX_AMOUNT_MINOR } from '../shared/formats';
import type { PriceEvent, PriceRecord, PriceScope, PriceTerms } from './price.events';
import { evolvePrice, initialPriceState, PriceState } from './price.state';

/** What the handler found about the price list a price names (null when the price names none). */
export type ListFacts = { currency: string; channel_codes: string[] } | null;

export type PriceCommand =
  | ({ kind: 'create'; price_id: string; org_guid: string; list: ListFacts } & PriceScope & PriceTerms)
  /** `scope` is whatever scope fields the client resent: each must equal the stored one. */
  | { kind: 'update'; amount_minor?: number; effective_to?: string | null; scope: Partial<PriceScope> };

type State = PriceState;
type Cmd<K extends PriceCommand['kind']> = Extract<PriceCommand, { kind: K }>;

const field = (name: string, reason: string) => ({ fields: [{ field: name, reason }] });

/** The key that names at most one price per org (see the `price` claim): the whole scope, start included. */
export const priceScopeKey = (s: PriceScope): string =>
  [s.variant_id, s.currency, s.price_list_id, s.channel_code, s.logical_guid, s.uom_code, s.effective_from].map((v) => v ?? '*').join('|');

function assertTerms(effectiveFrom: string | null, terms: PriceTerms): void {
  if (!Number.isInteger(terms.amount_minor) || terms.amount_minor < 0 || terms.amount_minor > MAX_AMOUNT_MINOR) {
    throw validationError('invalid-amount', `amount_minor must be a whole number from 0 to ${MAX_AMOUNT_MINOR}.`, field('amount_minor', 'out of range'));
  }
  if (effectiveFrom !== null && terms.effective_to !== null && terms.effective_to <= effectiveFrom) {
    throw validationError('invalid-effective-window', 'effective_to must be after effective_from.', field('effective_to', 'not after effective_from'));
  }
}

/**
 * Refusals of a new price that depend only on the request and the list; the handler checks them before claiming
 * the scope, so a refused create leaves the scope free.
 */
export function assertPriceCoherent(price: PriceScope & PriceTerms, list: ListFacts): void {
  assertTerms(price.effective_from, price);
  if (price.price_list_id === null) return;
  if (!list) throw notFound('price-list-not-found', 'No such price list in this org.');
  if (list.currency !== price.currency) {
    throw validationError('currency-mismatch', `The price list is in ${list.currency}; its prices must be too.`, field('currency', `must be ${list.currency}`));
  }
  if (price.channel_code !== null && list.channel_codes.length > 0 && !list.channel_codes.includes(price.channel_code)) {
    throw validationError('channel-not-in-price-list', 'The price list does not apply to this channel.', field('channel_code', 'not one of the list\'s channel_codes'));
  }
}

function create(command: Cmd<'create'>, state: State): PriceEvent[] {
  if (state.exists) throw invalidState('price-exists', 'This price already exists.');
  const { kind: _kind, list, ...price } = command;
  assertPriceCoherent(price, list);
  const data: PriceRecord = {
    price_id: price.price_id, org_guid: price.org_guid, variant_id: price.variant_id, currency: price.currency, price_list_id: price.price_list_id,
    channel_code: price.channel_code, logical_guid: price.logical_guid, uom_code: price.uom_code, effective_from: price.effective_from,
    amount_minor: price.amount_minor, effective_to: price.effective_to,
  };
  return [{ type: 'ppm.price-created', data }];
}

function update(command: Cmd<'update'>, state: State): PriceEvent[] {
  // The scope is the price's identity: moving it would be a different price (set a new one, end this one).
  for (const [name, value] of Object.entries(command.scope)) {
    if (value !== undefined && value !== state[name as keyof PriceScope]) {
      throw validationError('price-scope-immutable', `${name} of a price never changes; set a new price and end this one.`, field(name, 'immutable'));
    }
  }
  const next: PriceTerms = {
    amount_minor: command.amount_minor ?? state.amount_minor,
    effective_to: command.effective_to === undefined ? state.effective_to : command.effective_to,
  };
  if (next.amount_minor === state.amount_minor && next.effective_to === state.effective_to) return [];
  assertTerms(state.effective_from, next);
  const { exists: _exists, ...current } = state;
  return [{ type: 'ppm.price-updated', data: { ...current, ...next, previous: { amount_minor: state.amount_minor, effective_to: state.effective_to } } }];
}

export const priceDecider: Decider<PriceCommand, State, PriceEvent> = {
  name: 'ppm.price',
  stateVersion: 1,
  initialState: initialPriceState,
  evolve: evolvePrice,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('price-not-found', 'No such price.');
    return update(command, state);
  },
};

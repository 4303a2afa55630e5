import { conflict, Decider, invalidState, notFound } from '@g3n/es';
import type { GiftcardCodeClaimed, GiftcardEvent, GiftcardIssued } from './giftcard.events';

export interface GiftcardState {
  exists: boolean;
  giftcard_id: string;
  currency: string;
  balance_minor: number;
  customer_id: string | null;
  redemptions: string[];
}

export type GiftcardCommand =
  | ({ kind: 'issue' } & GiftcardIssued['data'])
  /** `customer_on_hold`: the card's owner or the redeeming customer has an open hold (read by the handler). */
  | { kind: 'redeem'; redemption_id: string; amount_minor: number; currency: string; customer_id: string | null; customer_on_hold: boolean };

const initialGiftcardState = (): GiftcardState => ({ exists: false, giftcard_id: '', currency: '', balance_minor: 0, customer_id: null, redemptions: [] });

function evolveGiftcard(state: GiftcardState, event: GiftcardEvent): GiftcardState {
  switch (event.type) {
    case 'crm.giftcard-issued':
      return { exists: true, giftcard_id: event.data.giftcard_id, currency: event.data.currency, balance_minor: event.data.amount_minor, customer_id: event.data.customer_id, redemptions: [] };
    case 'crm.giftcard-redeemed':
      return { ...state, balance_minor: event.data.balance_after_minor, redemptions: [...state.redemptions, event.data.redemption_id] };
  }
}

function redeem(c: Extract<GiftcardCommand, { kind: 'redeem' }>, state: GiftcardState): GiftcardEvent[] {
  if (state.redemptions.includes(c.redemption_id)) return [];
  if (c.customer_on_hold) throw invalidState('customer-on-hold', 'The customer has an open hold: gift card redemption is blocked until it is resolved.');
  if (c.currency !== state.currency) throw invalidState('currency-mismatch', `This gift card holds ${state.currency}.`, { currency: state.currency });
  if (c.amount_minor > state.balance_minor) {
    throw invalidState('insufficient-balance', 'The gift card balance is lower than the amount.', { balance_minor: state.balance_minor, amount_minor: c.amount_minor });
  }
  return [{
    type: 'crm.giftcard-redeemed',
    data: { giftcard_id: state.giftcard_id, redemption_id: c.redemption_id, amount_minor: c.amount_minor, currency: c.currency, balance_after_minor: state.balance_minor - c.amount_minor, customer_id: c.customer_id },
  }];
}

export const giftcardDecider: Decider<GiftcardCommand, GiftcardState, GiftcardEvent> = {
  name: 'crm.giftcard',
  stateVersion: 1,
  initialState: initialGiftcardState,
  evolve: evolveGiftcard,
  decide(command, state) {
    if (command.kind === 'issue') {
      if (state.exists) throw invalidState('giftcard-exists', 'This gift card already exists.');
      const { kind: _kind, ...data } = command;
      return [{ type: 'crm.giftcard-issued', data }];
    }
    if (!state.exists) throw notFound('giftcard-not-found', 'No such gift card.');
    return redeem(command, state);
  },
};

export const giftcardCodeDecider: Decider<{ kind: 'claim'; code_digest: string; giftcard_id: string }, { owner: string | null }, GiftcardCodeClaimed> = {
  name: 'crm.giftcard-code',
  stateVersion: 1,
  initialState: () => ({ owner: null }),
  evolve: (_state, event) => ({ owner: event.data.giftcard_id }),
  decide(command, state) {
    if (state.owner === command.giftcard_id) return [];
    if (state.owner) throw conflict('duplicate-code', 'Another gift card of this org has this code.');
    return [{ type: 'crm.giftcard-code-claimed', data: { code_digest: command.code_digest, giftcard_id: command.giftcard_id } }];
  },
};

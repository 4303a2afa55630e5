import { Decider, invalidState, notFound } from '@g3n/es';
import { CustomerEvent, CustomerProfile, HOLD_BLOCKS } from './customer.events';
import { consentKey, CustomerState, evolveCustomer, initialCustomerState } from './customer.state';

export type CustomerCommand =
  | ({ kind: 'create'; customer_id: string; org_guid: string } & CustomerProfile)
  | { kind: 'set-consent'; purpose: string; channel: string; granted: boolean; capture_source: string | null; now: string }
  | { kind: 'set-flag'; flag_code: string; active: boolean; note: string | null; hold_id: string | null; now: string }
  | { kind: 'resolve-hold'; hold_id: string; resolution_note: string | null; now: string }
  /** Decides nothing: lets a reactor check, through the runner, that the customer exists (404 otherwise). */
  | { kind: 'assert-exists' };

type State = CustomerState;

function create(c: Extract<CustomerCommand, { kind: 'create' }>, state: State): CustomerEvent[] {
  if (state.exists) throw invalidState('customer-exists', 'This customer already exists.');
  const { kind: _kind, ...data } = c;
  return [{ type: 'crm.customer-created', data }];
}

/** Setting the value already recorded is a no-op: history records changes, not repeats. */
function setConsent(c: Extract<CustomerCommand, { kind: 'set-consent' }>, state: State): CustomerEvent[] {
  const previous = state.consents[consentKey(c.purpose, c.channel)];
  if (previous === c.granted) return [];
  return [{
    type: 'crm.customer-consent-set',
    data: { customer_id: state.customer_id, purpose: c.purpose, channel: c.channel, granted: c.granted, previous: previous ?? null, captured_at: c.now, capture_source: c.capture_source },
  }];
}

/** Raising a flag with `hold_id` also places a hold; clearing a flag leaves its holds for explicit resolution. */
function setFlag(c: Extract<CustomerCommand, { kind: 'set-flag' }>, state: State): CustomerEvent[] {
  const events: CustomerEvent[] = [];
  if ((state.flags[c.flag_code] ?? false) !== c.active) {
    events.push({ type: 'crm.customer-flag-set', data: { customer_id: state.customer_id, flag_code: c.flag_code, active: c.active, note: c.note } });
  }
  if (c.active && c.hold_id) {
    events.push({
      type: 'crm.customer-hold-placed',
      data: { customer_id: state.customer_id, hold_id: c.hold_id, hold_kind: 'flag', flag_code: c.flag_code, blocks: [...HOLD_BLOCKS], note: c.note, placed_at: c.now },
    });
  }
  return events;
}

function resolveHold(c: Extract<CustomerCommand, { kind: 'resolve-hold' }>, state: State): CustomerEvent[] {
  const hold = state.holds[c.hold_id];
  if (!hold) throw notFound('hold-not-found', 'No such hold on this customer.');
  if (hold.status === 'resolved') throw invalidState('hold-already-resolved', 'This hold is already resolved.');
  return [{ type: 'crm.customer-hold-resolved', data: { customer_id: state.customer_id, hold_id: c.hold_id, resolution_note: c.resolution_note, resolved_at: c.now } }];
}

export const customerDecider: Decider<CustomerCommand, State, CustomerEvent> = {
  name: 'crm.customer',
  stateVersion: 1,
  initialState: initialCustomerState,
  evolve: evolveCustomer,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('customer-not-found', 'No such customer.');
    switch (command.kind) {
      case 'set-consent':
        return setConsent(command, state);
      case 'set-flag':
        return setFlag(command, state);
      case 'resolve-hold':
        return resolveHold(command, state);
      case 'assert-exists':
        return [];
    }
  },
};

import type { CustomerEvent, CustomerProfile } from './customer.events';

export interface CustomerState extends CustomerProfile {
  exists: boolean;
  customer_id: string;
  org_guid: string;
  status: 'active';
  /** Current consent by `<purpose>:<channel>`. */
  consents: Record<string, boolean>;
  /** Active flag codes with their note. */
  flags: Record<string, boolean>;
  holds: Record<string, { status: 'open' | 'resolved' }>;
}

export const initialCustomerState = (): CustomerState => ({
  exists: false, customer_id: '', org_guid: '', status: 'active', email: null, phone: null, caption: null, given_name: null, family_name: null,
  external_ref: null, consents: {}, flags: {}, holds: {},
});

export const consentKey = (purpose: string, channel: string) => `${purpose}:${channel}`;

/** True while any hold is open: redemptions are refused. */
export const isOnHold = (state: Pick<CustomerState, 'holds'>): boolean => Object.values(state.holds).some((h) => h.status === 'open');

export function evolveCustomer(state: CustomerState, event: CustomerEvent): CustomerState {
  switch (event.type) {
    case 'crm.customer-created':
      return { ...initialCustomerState(), ...event.data, exists: true };
    case 'crm.customer-consent-set':
      return { ...state, consents: { ...state.consents, [consentKey(event.data.purpose, event.data.channel)]: event.data.granted } };
    case 'crm.customer-flag-set':
      return { ...state, flags: { ...state.flags, [event.data.flag_code]: event.data.active } };
    case 'crm.customer-hold-placed':
      return { ...state, holds: { ...state.holds, [event.data.hold_id]: { status: 'open' } } };
    case 'crm.customer-hold-resolved':
      return { ...state, holds: { ...state.holds, [event.data.hold_id]: { status: 'resolved' } } };
  }
}

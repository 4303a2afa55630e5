import type { PaymentKind, UserEvent } from './user.events';

export interface TokenState {
  token_hash: string;
  expires_at: string;
}

export interface PaymentMethodState {
  payment_method_id: string;
  kind: PaymentKind;
  token_hash: string;
  last4: string;
}

export interface UserState {
  exists: boolean;
  user_guid: string;
  email: string;
  verified: boolean;
  verification: TokenState | null;
  reset: TokenState | null;
  passcode_version: number;
  credential_id: string | null;
  /** The last PASSCODE_HISTORY credential ids, newest first: the reuse window. */
  credential_history: string[];
  /** In priority order: the first is the primary. */
  payment_methods: PaymentMethodState[];
}

/** How many previous passcodes a new one may not repeat. */
export const PASSCODE_HISTORY = 5;

export const initialUserState = (): UserState => ({
  exists: false, user_guid: '', email: '', verified: false, verification: null, reset: null,
  passcode_version: 0, credential_id: null, credential_history: [], payment_methods: [],
});

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'uas.user-created': {
      const d = event.data;
      const verification = d.verification_token_hash && d.verification_expires_at
        ? { token_hash: d.verification_token_hash, expires_at: d.verification_expires_at } : null;
      return { ...initialUserState(), exists: true, user_guid: d.user_guid, email: d.email, verification };
    }
    case 'uas.email-verified':
      return { ...state, verified: true, verification: null };
    case 'uas.verification-issued':
      return { ...state, verification: { token_hash: event.data.token_hash, expires_at: event.data.expires_at } };
    case 'uas.passcode-set':
      return {
        ...state,
        passcode_version: event.data.passcode_version,
        credential_id: event.data.credential_id,
        credential_history: [event.data.credential_id, ...state.credential_history].slice(0, PASSCODE_HISTORY),
        reset: event.data.via === 'reset' ? null : state.reset,
      };
    case 'uas.passcode-reset-issued':
      return { ...state, reset: { token_hash: event.data.token_hash, expires_at: event.data.expires_at } };
    case 'uas.payment-method-added': {
      const { payment_method_id, kind, token_hash, last4 } = event.data;
      return { ...state, payment_methods: [...state.payment_methods, { payment_method_id, kind, token_hash, last4 }] };
    }
    case 'uas.payment-method-removed':
      return { ...state, payment_methods: state.payment_methods.filter((m) => m.payment_method_id !== event.data.payment_method_id) };
    case 'uas.payment-methods-reordered': {
      const byId = new Map(state.payment_methods.map((m) => [m.payment_method_id, m]));
      return { ...state, payment_methods: event.data.order.map((id) => byId.get(id)).filter((m): m is PaymentMethodState => !!m) };
    }
  }
}

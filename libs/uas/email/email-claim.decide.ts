import { conflict, Decider, defineEvent, DomainEvent } from '@g3n/es';

/**
 * Email uniqueness: one `platform/uas.email/<email>` stream per address, claimed once before the user is created.
 * The runner appends the first event with expected revision `no_stream`, so two concurrent claims cannot both win.
 */
export type EmailClaimed = DomainEvent<'uas.email-claimed', { email: string; user_guid: string }>;
export type EmailClaimEvent = EmailClaimed;

export interface EmailClaimState {
  user_guid: string | null;
}

export type EmailClaimCommand = { kind: 'claim'; email: string; user_guid: string };

export const emailClaimEvents = [
  defineEvent({
    type: 'uas.email-claimed',
    version: 1,
    description: 'An email address was reserved for a user (uniqueness claim).',
    stream: 'platform/uas.email/<email>',
    schema: {
      type: 'object',
      required: ['email', 'user_guid'],
      properties: { email: { type: 'string' }, user_guid: { type: 'string' } },
    },
  }),
];

export const emailClaimDecider: Decider<EmailClaimCommand, EmailClaimState, EmailClaimEvent> = {
  name: 'uas.email',
  stateVersion: 1,
  initialState: () => ({ user_guid: null }),
  evolve: (_state, event) => ({ user_guid: event.data.user_guid }),
  decide(command, state) {
    if (state.user_guid) throw conflict('email-taken', 'A user with this email already exists.');
    return [{ type: 'uas.email-claimed', data: { email: command.email, user_guid: command.user_guid } }];
  },
};

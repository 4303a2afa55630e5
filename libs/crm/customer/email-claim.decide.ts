import { conflict, Decider, defineEvent, DomainEvent } from '@g3n/es';

/**
 * An email belongs to one customer per org: the claim stream (keyed by the email's digest) is the serialisation
 * point, so two concurrent creates with one address cannot both win. The 409 names the existing customer
 * (`details.existing_customer_id`): the dedupe hint.
 */
export type EmailClaimed = DomainEvent<'crm.customer-email-claimed', { email_digest: string; customer_id: string }>;
export type EmailClaimCommand = { kind: 'claim'; email_digest: string; customer_id: string };
export interface EmailClaimState { owner: string | null }

export const emailClaimEvents = [
  defineEvent({
    type: 'crm.customer-email-claimed', version: 1, stream: '<org_guid>/crm.customer-email/<sha256(email)>',
    description: 'A normalised email (by its sha256) was claimed by a customer; it is unique per org.',
    schema: { type: 'object', required: ['email_digest', 'customer_id'], properties: { email_digest: { type: 'string' }, customer_id: { type: 'string' } } },
  }),
];

export const emailClaimDecider: Decider<EmailClaimCommand, EmailClaimState, EmailClaimed> = {
  name: 'crm.customer-email',
  stateVersion: 1,
  initialState: () => ({ owner: null }),
  evolve: (_state, event) => ({ owner: event.data.customer_id }),
  decide(command, state) {
    if (state.owner === command.customer_id) return [];
    if (state.owner) {
      throw conflict('duplicate-email', 'Another customer of this org has this email.', { existing_customer_id: state.owner });
    }
    return [{ type: 'crm.customer-email-claimed', data: { email_digest: command.email_digest, customer_id: command.customer_id } }];
  },
};

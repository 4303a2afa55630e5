import { defineEvent, DomainEvent } from '@g3n/es';
import type { ActiveStatus } from '../shared/status';
import { statusChangeSchema } from '../physical/physical.events';

export type LegalDetails = {
  caption: string;
  /** Registered name of the legal entity; null when not given. */
  legal_name: string | null;
  tax_id: string | null;
};

export type LegalFacilityCreated = DomainEvent<'ofm.legal-facility-created', { legal_guid: string; org_guid: string; code: string } & LegalDetails>;
export type LegalFacilityUpdated = DomainEvent<'ofm.legal-facility-updated', { legal_guid: string; changes: Partial<LegalDetails> }>;
export type LegalFacilityStatusChanged = DomainEvent<'ofm.legal-facility-status-changed', { legal_guid: string; from: ActiveStatus; to: ActiveStatus }>;
export type LegalFacilityEvent = LegalFacilityCreated | LegalFacilityUpdated | LegalFacilityStatusChanged;

const stream = '<org_guid>/ofm.legal-facility/<legal_guid>';
const details = { caption: { type: 'string' }, legal_name: { type: ['string', 'null'] }, tax_id: { type: ['string', 'null'] } };

export const legalFacilityEvents = [
  defineEvent({
    type: 'ofm.legal-facility-created',
    version: 1,
    description: 'A legal facility (the legal entity that owns operations) was created, active.',
    stream,
    schema: { type: 'object', required: ['legal_guid', 'org_guid', 'code', 'caption', 'legal_name', 'tax_id'], properties: { legal_guid: { type: 'string' }, org_guid: { type: 'string' }, code: { type: 'string' }, ...details } },
  }),
  defineEvent({
    type: 'ofm.legal-facility-updated',
    version: 1,
    description: 'Caption, legal name or tax id of a legal facility changed; `changes` holds the new values.',
    stream,
    schema: { type: 'object', required: ['legal_guid', 'changes'], properties: { legal_guid: { type: 'string' }, changes: { type: 'object', properties: details } } },
  }),
  defineEvent({ type: 'ofm.legal-facility-status-changed', version: 1, description: 'A legal facility was activated or deactivated.', stream, schema: statusChangeSchema('legal_guid') }),
];

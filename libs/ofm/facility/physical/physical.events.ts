import { defineEvent, DomainEvent } from '@g3n/es';
import type { ActiveStatus } from '../shared/status';

export type Address = {
  street: string;
  city: string;
  region?: string;
  postal_code?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
};

export type PhysicalDetails = {
  caption: string;
  address: Address;
  /** IANA zone name; null when the client has not said. */
  timezone: string | null;
};

export type PhysicalFacilityCreated = DomainEvent<'ofm.physical-facility-created', { physical_guid: string; org_guid: string; code: string } & PhysicalDetails>;
export type PhysicalFacilityUpdated = DomainEvent<'ofm.physical-facility-updated', { physical_guid: string; changes: Partial<PhysicalDetails> }>;
export type PhysicalFacilityStatusChanged = DomainEvent<'ofm.physical-facility-status-changed', { physical_guid: string; from: ActiveStatus; to: ActiveStatus }>;
export type PhysicalFacilityEvent = PhysicalFacilityCreated | PhysicalFacilityUpdated | PhysicalFacilityStatusChanged;

const stream = '<org_guid>/ofm.physical-facility/<physical_guid>';
export const addressSchema = {
  type: 'object',
  required: ['street', 'city', 'country'],
  properties: {
    street: { type: 'string' }, city: { type: 'string' }, region: { type: 'string' }, postal_code: { type: 'string' },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
  },
};
const details = { caption: { type: 'string' }, address: addressSchema, timezone: { type: ['string', 'null'] } };
export const statusChangeSchema = (id: string) => ({
  type: 'object',
  required: [id, 'from', 'to'],
  properties: { [id]: { type: 'string' }, from: { enum: ['active', 'inactive'] }, to: { enum: ['active', 'inactive'] } },
});

export const physicalFacilityEvents = [
  defineEvent({
    type: 'ofm.physical-facility-created',
    version: 1,
    description: 'A physical facility (a site with an address) was created, active.',
    stream,
    schema: { type: 'object', required: ['physical_guid', 'org_guid', 'code', 'caption', 'address', 'timezone'], properties: { physical_guid: { type: 'string' }, org_guid: { type: 'string' }, code: { type: 'string' }, ...details } },
  }),
  defineEvent({
    type: 'ofm.physical-facility-updated',
    version: 1,
    description: 'Caption, address or time zone of a physical facility changed; `changes` holds the new values.',
    stream,
    schema: { type: 'object', required: ['physical_guid', 'changes'], properties: { physical_guid: { type: 'string' }, changes: { type: 'object', properties: details } } },
  }),
  defineEvent({ type: 'ofm.physical-facility-status-changed', version: 1, description: 'A physical facility was activated or deactivated.', stream, schema: statusChangeSchema('physical_guid') }),
];

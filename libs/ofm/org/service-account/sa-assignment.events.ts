// A USM service account's logical-facility assignments in its org: one stream per service account
// (`<org_guid>/ofm.sa-assignment/<service_account_id>`).
import { defineEvent, DomainEvent } from '@g3n/es';
import { object, str } from '../shared/schema';

type Data = { org_guid: string; service_account_id: string; logical_guid: string };
export type ServiceAccountLogicalAssigned = DomainEvent<'ofm.service-account-logical-assigned', Data>;
export type ServiceAccountLogicalDetached = DomainEvent<'ofm.service-account-logical-detached', Data>;
export type SaAssignmentEvent = ServiceAccountLogicalAssigned | ServiceAccountLogicalDetached;

const stream = '<org_guid>/ofm.sa-assignment/<service_account_id>';
const schema = object({ org_guid: str, service_account_id: str, logical_guid: str });

export const saAssignmentEvents = [
  defineEvent({ type: 'ofm.service-account-logical-assigned', version: 1, stream, schema, description: 'A service account was assigned to a logical facility.' }),
  defineEvent({ type: 'ofm.service-account-logical-detached', version: 1, stream, schema, description: 'A service account was detached from a logical facility.' }),
];

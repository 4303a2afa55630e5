import { defineEvent, DomainEvent } from '@g3n/es';
import type { ActiveStatus } from '../shared/status';
import { statusChangeSchema } from '../physical/physical.events';

export type LogicalDetails = {
  caption: string;
  physical_guid: string;
  legal_guid: string;
};

export type LogicalFacilityCreated = DomainEvent<'ofm.logical-facility-created', { logical_guid: string; org_guid: string; code: string; root_zone_guid: string } & LogicalDetails>;
export type LogicalFacilityUpdated = DomainEvent<'ofm.logical-facility-updated', { logical_guid: string; changes: Partial<LogicalDetails> }>;
export type LogicalFacilityStatusChanged = DomainEvent<'ofm.logical-facility-status-changed', { logical_guid: string; from: ActiveStatus; to: ActiveStatus }>;
export type LogicalFacilityEvent = LogicalFacilityCreated | LogicalFacilityUpdated | LogicalFacilityStatusChanged;

const stream = '<org_guid>/ofm.logical-facility/<logical_guid>';
const details = { caption: { type: 'string' }, physical_guid: { type: 'string' }, legal_guid: { type: 'string' } };

export const logicalFacilityEvents = [
  defineEvent({
    type: 'ofm.logical-facility-created',
    version: 1,
    description: 'A logical facility (store, warehouse, showroom: where stock and people are scoped) was created, active, on a physical and a legal facility; `root_zone_guid` names its ROOT zone.',
    stream,
    schema: {
      type: 'object',
      required: ['logical_guid', 'org_guid', 'code', 'root_zone_guid', 'caption', 'physical_guid', 'legal_guid'],
      properties: { logical_guid: { type: 'string' }, org_guid: { type: 'string' }, code: { type: 'string' }, root_zone_guid: { type: 'string' }, ...details },
    },
  }),
  defineEvent({
    type: 'ofm.logical-facility-updated',
    version: 1,
    description: 'Caption, physical or legal facility of a logical facility changed; `changes` holds the new values.',
    stream,
    schema: { type: 'object', required: ['logical_guid', 'changes'], properties: { logical_guid: { type: 'string' }, changes: { type: 'object', properties: details } } },
  }),
  defineEvent({ type: 'ofm.logical-facility-status-changed', version: 1, description: 'A logical facility was activated or deactivated.', stream, schema: statusChangeSchema('logical_guid') }),
];

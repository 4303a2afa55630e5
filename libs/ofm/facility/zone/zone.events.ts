import { defineEvent, DomainEvent } from '@g3n/es';
import type { ActiveStatus } from '../shared/status';

export const ROOT_ZONE_CODE = 'ROOT';

export type ZoneCreated = DomainEvent<'ofm.zone-created', {
  zone_guid: string; org_guid: string; logical_guid: string; parent_zone_guid: string | null; code: string; caption: string;
}>;
export type ZoneStatusChanged = DomainEvent<'ofm.zone-status-changed', { zone_guid: string; logical_guid: string; from: ActiveStatus; to: ActiveStatus }>;
export type ZoneMoved = DomainEvent<'ofm.zone-moved', { zone_guid: string; logical_guid: string; from_parent_zone_guid: string; to_parent_zone_guid: string }>;
export type ZoneEvent = ZoneCreated | ZoneStatusChanged | ZoneMoved;

const stream = '<org_guid>/ofm.zone-tree/<logical_guid>';
const str = { type: 'string' };

export const zoneEvents = [
  defineEvent({
    type: 'ofm.zone-created',
    version: 1,
    description: 'A zone was created in a logical facility\'s zone tree, active; the ROOT zone has no parent and comes with the logical facility.',
    stream,
    schema: {
      type: 'object',
      required: ['zone_guid', 'org_guid', 'logical_guid', 'parent_zone_guid', 'code', 'caption'],
      properties: { zone_guid: str, org_guid: str, logical_guid: str, parent_zone_guid: { type: ['string', 'null'] }, code: str, caption: str },
    },
  }),
  defineEvent({
    type: 'ofm.zone-status-changed',
    version: 1,
    description: 'A zone was activated or deactivated.',
    stream,
    schema: { type: 'object', required: ['zone_guid', 'logical_guid', 'from', 'to'], properties: { zone_guid: str, logical_guid: str, from: { enum: ['active', 'inactive'] }, to: { enum: ['active', 'inactive'] } } },
  }),
  defineEvent({
    type: 'ofm.zone-moved',
    version: 1,
    description: 'A zone was re-parented within its logical facility (never under itself or one of its descendants).',
    stream,
    schema: { type: 'object', required: ['zone_guid', 'logical_guid', 'from_parent_zone_guid', 'to_parent_zone_guid'], properties: { zone_guid: str, logical_guid: str, from_parent_zone_guid: str, to_parent_zone_guid: str } },
  }),
];

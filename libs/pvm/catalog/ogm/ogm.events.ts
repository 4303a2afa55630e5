import { defineEvent, DomainEvent } from '@g3n/es';
import { ACTIVE_STATUSES, ActiveStatus, statusChangeSchema } from '../shared/status';

/**
 * An OGM (option group map) says which option groups a style's variants are made of, in priority order. Its
 * content is versioned: `ogm_rev` starts at 1 and each new set of groups is a new revision; styles pin
 * (ogm_id, ogm_rev), so a revision never changes once written.
 */
export type OgmGroup = {
  group_code: string;
  priority: number;
};

export type OgmCreated = DomainEvent<'pvm.ogm-created', {
  ogm_id: string; org_guid: string; code: string; caption: string; ogm_rev: number; groups: OgmGroup[];
  cloned_from: { ogm_id: string; ogm_rev: number } | null;
}>;
export type OgmRevised = DomainEvent<'pvm.ogm-revised', { ogm_id: string; ogm_rev: number; groups: OgmGroup[] }>;
export type OgmStatusChanged = DomainEvent<'pvm.ogm-status-changed', { ogm_id: string; from: ActiveStatus; to: ActiveStatus }>;
export type OgmEvent = OgmCreated | OgmRevised | OgmStatusChanged;

const stream = '<org_guid>/pvm.ogm/<ogm_id>';
const groupsSchema = {
  type: 'array',
  items: { type: 'object', required: ['group_code', 'priority'], properties: { group_code: { type: 'string' }, priority: { type: 'integer' } } },
};

export const ogmEvents = [
  defineEvent({
    type: 'pvm.ogm-created',
    version: 1,
    description: 'An OGM was created (active, ogm_rev 1) from a list of option groups with priorities, or cloned from another OGM\'s revision (`cloned_from`).',
    stream,
    schema: {
      type: 'object',
      required: ['ogm_id', 'org_guid', 'code', 'caption', 'ogm_rev', 'groups', 'cloned_from'],
      properties: {
        ogm_id: { type: 'string' }, org_guid: { type: 'string' }, code: { type: 'string' }, caption: { type: 'string' }, ogm_rev: { type: 'integer' }, groups: groupsSchema,
        cloned_from: { type: ['object', 'null'], properties: { ogm_id: { type: 'string' }, ogm_rev: { type: 'integer' } } },
      },
    },
  }),
  defineEvent({
    type: 'pvm.ogm-revised',
    version: 1,
    description: 'An OGM got a new content revision (ogm_rev + 1) with a new list of option groups; earlier revisions stay as they were.',
    stream,
    schema: { type: 'object', required: ['ogm_id', 'ogm_rev', 'groups'], properties: { ogm_id: { type: 'string' }, ogm_rev: { type: 'integer' }, groups: groupsSchema } },
  }),
  defineEvent({ type: 'pvm.ogm-status-changed', version: 1, description: 'An OGM was activated or deactivated.', stream, schema: statusChangeSchema('ogm_id', ACTIVE_STATUSES) }),
];

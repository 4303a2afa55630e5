import { defineEvent, DomainEvent } from '@g3n/es';
import { ACTIVE_STATUSES, ActiveStatus, statusChangeSchema } from '../shared/status';

/** An option group is an axis variants differ on (COLOR, SIZE); its options are the values (RED, BLUE). */
export type OptionGroupDetails = {
  caption: string;
};

export type OptionGroupCreated = DomainEvent<'pvm.option-group-created', { group_id: string; org_guid: string; code: string } & OptionGroupDetails>;
export type OptionGroupUpdated = DomainEvent<'pvm.option-group-updated', { group_id: string; changes: Partial<OptionGroupDetails> }>;
export type OptionGroupStatusChanged = DomainEvent<'pvm.option-group-status-changed', { group_id: string; from: ActiveStatus; to: ActiveStatus }>;
export type OptionGroupEvent = OptionGroupCreated | OptionGroupUpdated | OptionGroupStatusChanged;

const stream = '<org_guid>/pvm.option-group/<group_id>';

export const optionGroupEvents = [
  defineEvent({
    type: 'pvm.option-group-created',
    version: 1,
    description: 'An option group (a variant axis such as COLOR or SIZE) was created, active.',
    stream,
    schema: {
      type: 'object',
      required: ['group_id', 'org_guid', 'code', 'caption'],
      properties: { group_id: { type: 'string' }, org_guid: { type: 'string' }, code: { type: 'string' }, caption: { type: 'string' } },
    },
  }),
  defineEvent({
    type: 'pvm.option-group-updated',
    version: 1,
    description: 'An option group\'s caption changed.',
    stream,
    schema: { type: 'object', required: ['group_id', 'changes'], properties: { group_id: { type: 'string' }, changes: { type: 'object', properties: { caption: { type: 'string' } } } } },
  }),
  defineEvent({ type: 'pvm.option-group-status-changed', version: 1, description: 'An option group was activated or deactivated.', stream, schema: statusChangeSchema('group_id', ACTIVE_STATUSES) }),
];

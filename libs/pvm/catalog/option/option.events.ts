import { defineEvent, DomainEvent } from '@g3n/es';
import { ACTIVE_STATUSES, ActiveStatus, statusChangeSchema } from '../shared/status';

/** One value of an option group (RED in COLOR); its code is unique within the group. */
export type OptionDetails = {
  caption: string;
};

export type OptionCreated = DomainEvent<'pvm.option-created', { option_id: string; org_guid: string; group_id: string; group_code: string; code: string } & OptionDetails>;
export type OptionUpdated = DomainEvent<'pvm.option-updated', { option_id: string; changes: Partial<OptionDetails> }>;
export type OptionStatusChanged = DomainEvent<'pvm.option-status-changed', { option_id: string; from: ActiveStatus; to: ActiveStatus }>;
export type OptionEvent = OptionCreated | OptionUpdated | OptionStatusChanged;

const stream = '<org_guid>/pvm.option/<option_id>';

export const optionEvents = [
  defineEvent({
    type: 'pvm.option-created',
    version: 1,
    description: 'An option (a value of an option group, e.g. RED in COLOR) was created, active.',
    stream,
    schema: {
      type: 'object',
      required: ['option_id', 'org_guid', 'group_id', 'group_code', 'code', 'caption'],
      properties: {
        option_id: { type: 'string' }, org_guid: { type: 'string' }, group_id: { type: 'string' }, group_code: { type: 'string' }, code: { type: 'string' }, caption: { type: 'string' },
      },
    },
  }),
  defineEvent({
    type: 'pvm.option-updated',
    version: 1,
    description: 'An option\'s caption changed.',
    stream,
    schema: { type: 'object', required: ['option_id', 'changes'], properties: { option_id: { type: 'string' }, changes: { type: 'object', properties: { caption: { type: 'string' } } } } },
  }),
  defineEvent({ type: 'pvm.option-status-changed', version: 1, description: 'An option was activated or deactivated.', stream, schema: statusChangeSchema('option_id', ACTIVE_STATUSES) }),
];

import { defineEvent, DomainEvent } from '@g3n/es';

/** What a channel demands of a variant before it may be published there. */
export type PublishRules = {
  required_sku: boolean;
  /** Identifier types (lower case) the variant must carry, e.g. ['sku', 'gtin']. */
  required_identifier_types: string[];
};

export type PublishProfileSet = DomainEvent<'pmc.publish-profile-set', { org_guid: string; channel_code: string; channel_guid: string; created: boolean } & PublishRules>;
export type PublishProfileEvent = PublishProfileSet;

const str = { type: 'string' };

export const publishProfileEvents = [
  defineEvent({
    type: 'pmc.publish-profile-set',
    version: 1,
    description: 'The publishability profile of a sales channel was created (`created: true`) or replaced: whether a SKU and which identifier types a variant needs to be published there.',
    stream: '<org_guid>/pmc.publish-profile/<channel_code>',
    schema: {
      type: 'object',
      required: ['org_guid', 'channel_code', 'channel_guid', 'created', 'required_sku', 'required_identifier_types'],
      properties: {
        org_guid: str, channel_code: str, channel_guid: str, created: { type: 'boolean' }, required_sku: { type: 'boolean' },
        required_identifier_types: { type: 'array', items: str },
      },
    },
  }),
];

import { given } from '@g3n/es';
import { publishProfileDecider as decider } from './publish-profile.decide';
import type { PublishProfileEvent } from './publish-profile.events';

const channel = { channel_guid: 'chn_1', status: 'active' };
const setCmd = (over: Partial<{ required_sku: boolean; required_identifier_types: string[]; channel: typeof channel | null }> = {}) => ({
  kind: 'set' as const, org_guid: 'org1', channel_code: 'web', channel, required_sku: true, required_identifier_types: ['sku'], ...over,
});
const setEvent = (created: boolean, required_identifier_types = ['sku'], required_sku = true): PublishProfileEvent => ({
  type: 'pmc.publish-profile-set',
  data: { org_guid: 'org1', channel_code: 'web', channel_guid: 'chn_1', created, required_sku, required_identifier_types },
});

describe('publish profile decider', () => {
  it('creates a profile for an active channel', () => {
    given(decider, []).when(setCmd()).then([setEvent(true)]);
  });

  it('replaces the rules, canonicalising identifier types', () => {
    given(decider, [setEvent(true)]).when(setCmd({ required_identifier_types: ['SKU', 'gtin', 'sku'] })).then([setEvent(false, ['sku', 'gtin'])]);
    given(decider, [setEvent(true)]).when(setCmd({ required_sku: false })).then([setEvent(false, ['sku'], false)]);
  });

  it('answers an identical set with no event', () => {
    given(decider, [setEvent(true)]).when(setCmd({ required_identifier_types: ['SKU'] })).then([]);
  });

  it('needs an existing, active channel', () => {
    given(decider, []).when(setCmd({ channel: null })).thenRejects('not-found', 'sales-channel-not-found');
    given(decider, []).when(setCmd({ channel: { channel_guid: 'chn_1', status: 'inactive' } })).thenRejects('invalid-state', 'sales-channel-inactive');
  });
});

import { Decider, invalidState, notFound } from '@g3n/es';
import type { PublishProfileEvent, PublishRules } from './publish-profile.events';
import { evolvePublishProfile, initialPublishProfileState, PublishProfileState } from './publish-profile.state';

/** What the handler found about the channel in OFM (null: no such channel in this org). */
export type ChannelFound = { channel_guid: string; status: string } | null;

export type PublishProfileCommand = { kind: 'set'; org_guid: string; channel_code: string; channel: ChannelFound } & PublishRules;

/** Identifier types compare case-insensitively; duplicates say nothing more, so they are dropped (order kept). */
export const canonicalIdentifierTypes = (types: string[]): string[] => [...new Set(types.map((t) => t.trim().toLowerCase()))];

/** Profiles and runs name a channel that exists in OFM and is active. */
export function assertChannelActive(channel: ChannelFound, channelCode: string): asserts channel is NonNullable<ChannelFound> {
  if (!channel) throw notFound('sales-channel-not-found', `No sales channel ${channelCode} in this org.`);
  if (channel.status !== 'active') throw invalidState('sales-channel-inactive', `Sales channel ${channelCode} is inactive.`);
}

function set(command: PublishProfileCommand, state: PublishProfileState): PublishProfileEvent[] {
  assertChannelActive(command.channel, command.channel_code);
  const rules: PublishRules = { required_sku: command.required_sku, required_identifier_types: canonicalIdentifierTypes(command.required_identifier_types) };
  const unchanged = state.exists && state.required_sku === rules.required_sku
    && state.required_identifier_types.join('\u0000') === rules.required_identifier_types.join('\u0000');
  // Setting the same profile again is a no-op, so a retried set never bumps the revision.
  if (unchanged) return [];
  return [{
    type: 'pmc.publish-profile-set',
    data: { org_guid: command.org_guid, channel_code: command.channel_code, channel_guid: command.channel!.channel_guid, created: !state.exists, ...rules },
  }];
}

export const publishProfileDecider: Decider<PublishProfileCommand, PublishProfileState, PublishProfileEvent> = {
  name: 'pmc.publish-profile',
  stateVersion: 1,
  initialState: initialPublishProfileState,
  evolve: evolvePublishProfile,
  decide(command, state) {
    switch (command.kind) {
      case 'set':
        return set(command, state);
    }
  },
};

import { Decider, invalidState, notFound, validationError } from '@g3n/es';
import { ActiveStatus, changedFields, statusChanges } from '../shared/status';
import type { SalesChannelDetails, SalesChannelEvent } from './sales-channel.events';
import { evolveSalesChannel, initialSalesChannelState, SalesChannelState } from './sales-channel.state';

/** Largest channel config accepted at complete (the seeds' "config size" gate). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export const configKey = (orgGuid: string, channelGuid: string, version: number): string =>
  `${orgGuid}/ofm/sales-channel/${channelGuid}/config/v${version}.json`;

/** What the handler found about the logical facility a channel names (null: none in this org). */
export type LinkedLogical = { status: ActiveStatus } | null;

/** What the handler found in the blob store at complete time (null: nothing uploaded under the key). */
export interface UploadedConfig {
  etag: string;
  size: number;
  content_type: string;
  /** False when the file does not parse as JSON (unchecked, and so true, above MAX_CONFIG_BYTES). */
  parses_as_json: boolean;
}

export type SalesChannelCommand =
  | ({ kind: 'create'; channel_guid: string; org_guid: string; channel_code: string; logical: LinkedLogical } & SalesChannelDetails)
  | { kind: 'update'; changes: Partial<SalesChannelDetails>; logical: LinkedLogical }
  | { kind: 'set-status'; status: ActiveStatus }
  | { kind: 'presign-config'; expires_at: string }
  | { kind: 'complete-config'; version: number; key?: string; uploaded: UploadedConfig | null; bucket: string | null };

type State = SalesChannelState;
type Cmd<K extends SalesChannelCommand['kind']> = Extract<SalesChannelCommand, { kind: K }>;

/** Refusals of a create or update that depend only on the request; handlers check them before claiming a code. */
export function assertCoherent(details: SalesChannelDetails, logical: LinkedLogical): void {
  if (details.default_locale_code !== null && !details.locale_codes.includes(details.default_locale_code)) {
    throw validationError('default-locale-not-listed', 'default_locale_code must be one of locale_codes.', {
      fields: [{ field: 'default_locale_code', reason: 'must be one of locale_codes' }],
    });
  }
  if (details.logical_guid !== null) {
    if (!logical) throw notFound('logical-facility-not-found', 'No such logical facility in this org.');
    if (logical.status !== 'active') throw invalidState('logical-facility-inactive', 'The logical facility is inactive.');
  }
}

function create(command: Cmd<'create'>, state: State): SalesChannelEvent[] {
  if (state.exists) throw invalidState('sales-channel-exists', 'This sales channel already exists.');
  const { kind: _kind, logical, ...data } = command;
  assertCoherent(data, logical);
  return [{ type: 'ofm.sales-channel-created', data }];
}

function update(command: Cmd<'update'>, state: State): SalesChannelEvent[] {
  const changes = changedFields(state as unknown as Record<string, unknown>, command.changes) as Partial<SalesChannelDetails>;
  if (Object.keys(changes).length === 0) return [];
  // A logical facility already linked stays acceptable even if it went inactive since; only a new link is checked.
  const logical = changes.logical_guid === undefined ? { status: 'active' as const } : command.logical;
  assertCoherent({ ...state, ...changes }, logical);
  return [{ type: 'ofm.sales-channel-updated', data: { channel_guid: state.channel_guid, changes } }];
}

function setStatus(command: Cmd<'set-status'>, state: State): SalesChannelEvent[] {
  if (!statusChanges(state.status, command.status)) return [];
  return [{ type: 'ofm.sales-channel-status-changed', data: { channel_guid: state.channel_guid, from: state.status, to: command.status } }];
}

/** Each presign hands out the next version, so uploads never overwrite the config that is current. */
function presignConfig(command: Cmd<'presign-config'>, state: State): SalesChannelEvent[] {
  const version = state.last_presigned_version + 1;
  const key = configKey(state.org_guid, state.channel_guid, version);
  return [{ type: 'ofm.sales-channel-config-presigned', data: { channel_guid: state.channel_guid, version, key, expires_at: command.expires_at } }];
}

function completeConfig(command: Cmd<'complete-config'>, state: State): SalesChannelEvent[] {
  const current = state.config;
  if (current && current.version === command.version) return []; // Completing twice is harmless.
  if (current && command.version < current.version) {
    throw invalidState('config-version-superseded', `Config version ${current.version} is already current.`, { current_version: current.version });
  }
  const key = state.pending_configs[String(command.version)];
  if (!key) throw notFound('config-version-not-found', `No presigned config version ${command.version} for this channel.`);
  if (command.key !== undefined && command.key !== key) {
    throw validationError('config-key-mismatch', 'config_s3_key is not the key of that version.', { fields: [{ field: 'config_s3_key', reason: 'does not match version' }] });
  }
  const uploaded = command.uploaded;
  if (!uploaded) throw invalidState('config-not-uploaded', 'Nothing has been uploaded to the presigned URL yet.', { key });
  if (uploaded.size > MAX_CONFIG_BYTES) throw invalidState('config-too-large', `Channel config may be at most ${MAX_CONFIG_BYTES} bytes.`, { size: uploaded.size });
  if (!uploaded.parses_as_json) throw invalidState('config-not-json', 'The uploaded config is not a JSON document.');
  const { etag, size, content_type } = uploaded;
  return [{ type: 'ofm.sales-channel-config-completed', data: { channel_guid: state.channel_guid, version: command.version, key, etag, size, content_type, bucket: command.bucket } }];
}

export const salesChannelDecider: Decider<SalesChannelCommand, State, SalesChannelEvent> = {
  name: 'ofm.sales-channel',
  stateVersion: 1,
  initialState: initialSalesChannelState,
  evolve: evolveSalesChannel,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('sales-channel-not-found', 'No such sales channel.');
    switch (command.kind) {
      case 'update':
        return update(command, state);
      case 'set-status':
        return setStatus(command, state);
      case 'presign-config':
        return presignConfig(command, state);
      case 'complete-config':
        return completeConfig(command, state);
    }
  },
};

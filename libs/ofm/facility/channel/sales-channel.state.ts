import type { ActiveStatus } from '../shared/status';
import type { ConfigBlob, SalesChannelDetails, SalesChannelEvent } from './sales-channel.events';

export interface SalesChannelState extends SalesChannelDetails {
  exists: boolean;
  channel_guid: string;
  org_guid: string;
  channel_code: string;
  status: ActiveStatus;
  /** Highest config version handed out by presign (0: none yet). */
  last_presigned_version: number;
  /** Presigned versions not completed yet: version → key. */
  pending_configs: Record<string, string>;
  config: ConfigBlob | null;
}

export const initialSalesChannelState = (): SalesChannelState => ({
  exists: false, channel_guid: '', org_guid: '', channel_code: '', caption: '', market_code: '', locale_codes: [], default_locale_code: null,
  default_currency: null, logical_guid: null, status: 'active', last_presigned_version: 0, pending_configs: {}, config: null,
});

export function evolveSalesChannel(state: SalesChannelState, event: SalesChannelEvent): SalesChannelState {
  switch (event.type) {
    case 'ofm.sales-channel-created':
      return { ...initialSalesChannelState(), ...event.data, exists: true };
    case 'ofm.sales-channel-updated':
      return { ...state, ...event.data.changes };
    case 'ofm.sales-channel-status-changed':
      return { ...state, status: event.data.to };
    case 'ofm.sales-channel-config-presigned':
      return { ...state, last_presigned_version: event.data.version, pending_configs: { ...state.pending_configs, [String(event.data.version)]: event.data.key } };
    case 'ofm.sales-channel-config-completed': {
      const { channel_guid: _guid, ...config } = event.data;
      // Older pending versions can no longer become current (see completeConfig), so they are dropped too.
      const pending = Object.fromEntries(Object.entries(state.pending_configs).filter(([v]) => Number(v) > config.version));
      return { ...state, config, pending_configs: pending };
    }
  }
}

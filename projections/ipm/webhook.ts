import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import type { WebhookCreated, WebhookDisabled, WebhookFilter, WebhookPaused, WebhookStatus, WebhookStatusChanged } from '../../libs/ipm/webhook/webhook.events';

export const IPM_WEBHOOKS = 'ipm_webhooks';

export interface WebhookDoc extends Doc {
  webhook_id: string;
  org_guid: string;
  target_url: string;
  filters: WebhookFilter[];
  /** `service` of every filter, so list can filter by service with a plain equality (array match). */
  services: string[];
  /** `<service>.<action_prefix>` of every filter, for list's exact `service` + `action_prefix` filter. */
  filter_keys: string[];
  description: string | null;
  status: WebhookStatus;
  /** Why it was last paused or disabled (by the engine or an admin), null while active. */
  status_reason: string | null;
  /** Vault reference of the signing secret: used by the delivery engine, never answered. */
  secret_ref: string;
  secret_last4: string;
  /** Log position of its creation: live delivery starts after it (a new webhook does not receive history). */
  start_after: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

const touched = (e: RecordedEvent) => ({ revision: e.revision, updated_at: e.metadata.occurred_at });

/** Webhooks by org: what get/list answer and what the delivery engine reads its targets from. */
export const ipmWebhooksProjection: ProjectionDefinition = {
  name: 'ipm.webhooks',
  version: 1,
  collections: [{ name: IPM_WEBHOOKS, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['status'] }] }],
  handlers: {
    'ipm.webhook-created': (e, ctx) => {
      const d = e.data as WebhookCreated['data'];
      ctx.put<WebhookDoc>(IPM_WEBHOOKS, {
        _id: d.webhook_id, webhook_id: d.webhook_id, org_guid: d.org_guid, target_url: d.target_url, filters: d.filters, services: [...new Set(d.filters.map((f) => f.service))],
        filter_keys: [...new Set(d.filters.map((f) => `${f.service}.${f.action_prefix ?? ''}`))],
        description: d.description, status: 'active', status_reason: null, secret_ref: d.secret_ref, secret_last4: d.secret_last4, start_after: e.position,
        revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
      });
    },
    'ipm.webhook-status-changed': (e, ctx) => {
      const d = e.data as WebhookStatusChanged['data'];
      return ctx.update<WebhookDoc>(IPM_WEBHOOKS, d.webhook_id, (doc) => doc && { ...doc, status: d.to, status_reason: d.to === 'active' ? null : (e.metadata.reason ?? null), ...touched(e) });
    },
    'ipm.webhook-paused': (e, ctx) => {
      const d = e.data as WebhookPaused['data'];
      return ctx.update<WebhookDoc>(IPM_WEBHOOKS, d.webhook_id, (doc) => doc && { ...doc, status: 'paused', status_reason: d.reason, ...touched(e) });
    },
    'ipm.webhook-disabled': (e, ctx) => {
      const d = e.data as WebhookDisabled['data'];
      return ctx.update<WebhookDoc>(IPM_WEBHOOKS, d.webhook_id, (doc) => doc && { ...doc, status: 'disabled', status_reason: d.reason, ...touched(e) });
    },
    'ipm.webhook-replay-requested': (e, ctx) => {
      const id = String(e.data.webhook_id);
      return ctx.update<WebhookDoc>(IPM_WEBHOOKS, id, (doc) => doc && { ...doc, ...touched(e) });
    },
  },
};

export const ipmWebhookProjections: ProjectionDefinition[] = [ipmWebhooksProjection];

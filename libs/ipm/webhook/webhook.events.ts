import { defineEvent, DomainEvent } from '@g3n/es';

/** A filter as recorded: service code and optional action prefix (`scm` + `order-` → `scm.order-*`). */
export interface WebhookFilter {
  service: string;
  action_prefix?: string;
}

export type WebhookStatus = 'active' | 'paused' | 'disabled';

/** The secret is never recorded: only its vault reference and its last 4 characters. */
export type WebhookCreated = DomainEvent<'ipm.webhook-created', {
  webhook_id: string; org_guid: string; target_url: string; filters: WebhookFilter[]; description: string | null; secret_ref: string; secret_last4: string;
}>;
export type WebhookStatusChanged = DomainEvent<'ipm.webhook-status-changed', { webhook_id: string; from: WebhookStatus; to: WebhookStatus }>;
/** The delivery engine paused it (retry schedule exhausted). */
export type WebhookPaused = DomainEvent<'ipm.webhook-paused', { webhook_id: string; from: WebhookStatus; reason: string }>;
/** The receiver answered 410 Gone. */
export type WebhookDisabled = DomainEvent<'ipm.webhook-disabled', { webhook_id: string; from: WebhookStatus; reason: string }>;
export type WebhookReplayRequested = DomainEvent<'ipm.webhook-replay-requested', {
  webhook_id: string; replay_id: string; from_position: number | null; to_position: number | null; event_ids: string[] | null;
}>;
export type WebhookEvent = WebhookCreated | WebhookStatusChanged | WebhookPaused | WebhookDisabled | WebhookReplayRequested;

const stream = '<org_guid>/ipm.webhook/<webhook_id>';
const s = { type: 'string' };
const status = { type: 'string', enum: ['active', 'paused', 'disabled'] };
const filters = {
  type: 'array', minItems: 1,
  items: { type: 'object', required: ['service'], properties: { service: s, action_prefix: s }, additionalProperties: false },
};
const nullableInt = { type: ['integer', 'null'] };

export const webhookEvents = [
  defineEvent({
    type: 'ipm.webhook-created', version: 1, stream,
    description: 'A webhook was registered for the org\'s events matching its filters; the signing secret appears only as a vault reference and its last 4 characters.',
    schema: {
      type: 'object', required: ['webhook_id', 'org_guid', 'target_url', 'filters', 'description', 'secret_ref', 'secret_last4'],
      properties: { webhook_id: s, org_guid: s, target_url: s, filters, description: { type: ['string', 'null'] }, secret_ref: s, secret_last4: s },
    },
  }),
  defineEvent({
    type: 'ipm.webhook-status-changed', version: 1, stream,
    description: 'An admin set the webhook active, paused or disabled; re-activation resumes delivery where it stopped.',
    schema: { type: 'object', required: ['webhook_id', 'from', 'to'], properties: { webhook_id: s, from: status, to: status } },
  }),
  defineEvent({
    type: 'ipm.webhook-paused', version: 1, stream,
    description: 'The delivery engine paused the webhook after its retry schedule was exhausted; undelivered events wait for re-activation.',
    schema: { type: 'object', required: ['webhook_id', 'from', 'reason'], properties: { webhook_id: s, from: status, reason: s } },
  }),
  defineEvent({
    type: 'ipm.webhook-disabled', version: 1, stream,
    description: 'The receiver answered 410 Gone: the webhook was disabled.',
    schema: { type: 'object', required: ['webhook_id', 'from', 'reason'], properties: { webhook_id: s, from: status, reason: s } },
  }),
  defineEvent({
    type: 'ipm.webhook-replay-requested', version: 1, stream,
    description: 'An admin asked for a range of positions or a list of events to be delivered again (delivery_reason replay).',
    schema: {
      type: 'object', required: ['webhook_id', 'replay_id', 'from_position', 'to_position', 'event_ids'],
      properties: { webhook_id: s, replay_id: s, from_position: nullableInt, to_position: nullableInt, event_ids: { type: ['array', 'null'], items: s } },
    },
  }),
];

import { Decider, invalidState, notFound } from '@g3n/es';
import type { WebhookCreated, WebhookEvent, WebhookReplayRequested, WebhookStatus } from './webhook.events';
import { evolveWebhook, initialWebhookState, WebhookState } from './webhook.state';

export type WebhookCommand =
  | ({ kind: 'create' } & WebhookCreated['data'])
  | { kind: 'set-status'; to: WebhookStatus }
  /** From the delivery engine: idempotent (a webhook no longer active is left as it is). */
  | { kind: 'pause'; reason: string }
  | { kind: 'disable'; reason: string }
  | ({ kind: 'request-replay' } & Omit<WebhookReplayRequested['data'], 'webhook_id'>);

function create(c: Extract<WebhookCommand, { kind: 'create' }>, state: WebhookState): WebhookEvent[] {
  if (state.exists) throw invalidState('webhook-exists', 'This webhook already exists.');
  const { kind: _kind, ...data } = c;
  return [{ type: 'ipm.webhook-created', data }];
}

/** Any status may follow any other (an admin may re-activate a disabled webhook); setting the current one is refused. */
function setStatus(c: Extract<WebhookCommand, { kind: 'set-status' }>, state: WebhookState): WebhookEvent[] {
  if (c.to === state.status) throw invalidState('status-unchanged', `The webhook is already ${state.status}.`, { status: state.status });
  return [{ type: 'ipm.webhook-status-changed', data: { webhook_id: state.webhook_id, from: state.status, to: c.to } }];
}

function requestReplay(c: Extract<WebhookCommand, { kind: 'request-replay' }>, state: WebhookState): WebhookEvent[] {
  if (state.status === 'disabled') throw invalidState('webhook-disabled', 'A disabled webhook cannot replay; re-activate it first.');
  const { kind: _kind, ...data } = c;
  return [{ type: 'ipm.webhook-replay-requested', data: { webhook_id: state.webhook_id, ...data } }];
}

export const webhookDecider: Decider<WebhookCommand, WebhookState, WebhookEvent> = {
  name: 'ipm.webhook',
  stateVersion: 1,
  initialState: initialWebhookState,
  evolve: evolveWebhook,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('webhook-not-found', 'No such webhook.');
    switch (command.kind) {
      case 'set-status':
        return setStatus(command, state);
      case 'pause':
        return state.status === 'active' ? [{ type: 'ipm.webhook-paused', data: { webhook_id: state.webhook_id, from: state.status, reason: command.reason } }] : [];
      case 'disable':
        return state.status === 'disabled' ? [] : [{ type: 'ipm.webhook-disabled', data: { webhook_id: state.webhook_id, from: state.status, reason: command.reason } }];
      case 'request-replay':
        return requestReplay(command, state);
    }
  },
};

import type { WebhookEvent, WebhookStatus } from './webhook.events';

export interface WebhookState {
  exists: boolean;
  webhook_id: string;
  status: WebhookStatus;
}

export const initialWebhookState = (): WebhookState => ({ exists: false, webhook_id: '', status: 'active' });

export function evolveWebhook(state: WebhookState, event: WebhookEvent): WebhookState {
  switch (event.type) {
    case 'ipm.webhook-created':
      return { exists: true, webhook_id: event.data.webhook_id, status: 'active' };
    case 'ipm.webhook-status-changed':
      return { ...state, status: event.data.to };
    case 'ipm.webhook-paused':
      return { ...state, status: 'paused' };
    case 'ipm.webhook-disabled':
      return { ...state, status: 'disabled' };
    case 'ipm.webhook-replay-requested':
      return state;
  }
}

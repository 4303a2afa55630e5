import { given } from '@g3n/es';
import { webhookDecider as decider } from './webhook.decide';
import type { WebhookEvent } from './webhook.events';

const createdData = {
  webhook_id: 'w1', org_guid: 'o1', target_url: 'https://example.com/hook', filters: [{ service: 'scm', action_prefix: 'order-' }], description: null, secret_ref: 'vault_1', secret_last4: 'abcd',
};
const created: WebhookEvent = { type: 'ipm.webhook-created', data: createdData };
const changed = (from: 'active' | 'paused' | 'disabled', to: 'active' | 'paused' | 'disabled'): WebhookEvent => ({ type: 'ipm.webhook-status-changed', data: { webhook_id: 'w1', from, to } });
const paused: WebhookEvent = { type: 'ipm.webhook-paused', data: { webhook_id: 'w1', from: 'active', reason: 'failing' } };

describe('webhook decider', () => {
  it('creates once', () => {
    given(decider, []).when({ kind: 'create', ...createdData }).then([created]);
    given(decider, [created]).when({ kind: 'create', ...createdData }).thenRejects('invalid-state', 'webhook-exists');
    given(decider, []).when({ kind: 'set-status', to: 'paused' }).thenRejects('not-found', 'webhook-not-found');
  });

  it('sets any other status, refuses the current one', () => {
    given(decider, [created]).when({ kind: 'set-status', to: 'paused' }).then([changed('active', 'paused')]);
    given(decider, [created, paused]).when({ kind: 'set-status', to: 'active' }).then([changed('paused', 'active')]);
    given(decider, [created, changed('active', 'disabled')]).when({ kind: 'set-status', to: 'active' }).then([changed('disabled', 'active')]);
    given(decider, [created]).when({ kind: 'set-status', to: 'active' }).thenRejects('invalid-state', 'status-unchanged');
  });

  it('lets the engine pause an active webhook and disable any, idempotently', () => {
    given(decider, [created]).when({ kind: 'pause', reason: 'failing' }).then([paused]);
    given(decider, [created, paused]).when({ kind: 'pause', reason: 'failing' }).then([]);
    given(decider, [created, paused]).when({ kind: 'disable', reason: 'gone' }).then([{ type: 'ipm.webhook-disabled', data: { webhook_id: 'w1', from: 'paused', reason: 'gone' } }]);
    given(decider, [created, changed('active', 'disabled')]).when({ kind: 'disable', reason: 'gone' }).then([]);
  });

  it('records replays unless disabled', () => {
    const replay = { replay_id: 'r1', from_position: 1, to_position: null, event_ids: null };
    given(decider, [created, paused]).when({ kind: 'request-replay', ...replay }).then([{ type: 'ipm.webhook-replay-requested', data: { webhook_id: 'w1', ...replay } }]);
    given(decider, [created, changed('active', 'disabled')]).when({ kind: 'request-replay', ...replay }).thenRejects('invalid-state', 'webhook-disabled');
  });
});

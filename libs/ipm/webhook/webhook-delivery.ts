import { streamName } from '@g3n/eventlog';
import type { Runtime } from '@g3n/platform';
import { createDeliveryEngine, DeliveryEngine, DeliveryTarget, DeliveryTargetSource, HttpTransport, Transport } from '@g3n/delivery';
import { IPM_WEBHOOKS, WebhookDoc } from '../../../projections/ipm/webhook';
import { webhookDecider, WebhookCommand } from './webhook.decide';

export const WEBHOOK_OWNER = 'ipm.webhook';

export const webhookStream = (org: string, id: string) => streamName(org, 'ipm.webhook', id);

/** A webhook as the delivery engine sees it. */
export function webhookTarget(doc: WebhookDoc): DeliveryTarget {
  return {
    target_id: doc.webhook_id, owner: WEBHOOK_OWNER, org_guid: doc.org_guid, status: doc.status, filters: doc.filters,
    transport: { type: 'http', url: doc.target_url }, secret_ref: doc.secret_ref, start_after: doc.start_after,
  };
}

/** Webhooks for the engine: every webhook from the read model; pause/disable recorded as events by the system actor. */
export function ipmWebhookSource(runtime: Runtime): DeliveryTargetSource {
  const run = (target: DeliveryTarget, command: WebhookCommand, reason: string) =>
    runtime.commands.execute({
      stream: webhookStream(target.org_guid, target.target_id), decider: webhookDecider, command,
      context: { actor: 'system:delivery', org_guid: target.org_guid, reason },
    }).then(() => undefined);
  return {
    owner: WEBHOOK_OWNER,
    async targets() {
      const out: DeliveryTarget[] = [];
      let cursor: string | undefined;
      do {
        const page = await runtime.readModels.collection<WebhookDoc>(IPM_WEBHOOKS).find({}, { sort: [{ field: '_id', direction: 'asc' }], limit: 1000, cursor });
        out.push(...page.items.map(webhookTarget));
        cursor = page.next_cursor;
      } while (cursor);
      return out;
    },
    pause: (target, reason) => run(target, { kind: 'pause', reason }, reason),
    disable: (target, reason) => run(target, { kind: 'disable', reason }, reason),
  };
}

/**
 * The webhooks' delivery engine (HTTP transport). The lead may instead build one engine from several sources
 * (`createDeliveryEngine(runtime, [ipmWebhookSource(runtime), rbsSubscriptionSource(runtime)], [...])`).
 */
export function ipmWebhookDelivery(runtime: Runtime, extra: { sources?: DeliveryTargetSource[]; transports?: Transport[] } = {}): DeliveryEngine {
  return createDeliveryEngine(runtime, [ipmWebhookSource(runtime), ...(extra.sources ?? [])], [new HttpTransport(), ...(extra.transports ?? [])]);
}

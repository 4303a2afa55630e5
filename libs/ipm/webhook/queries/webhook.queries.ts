import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Filter, InvalidCursorError } from '@g3n/docstore';
import { validationError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { DeliveryAttempt, recentAttempts } from '@g3n/delivery';
import { IPM_WEBHOOKS, WebhookDoc } from '../../../../projections/ipm/webhook';
import type { DeliveryAttemptDto, WebhookDto, WebhookListRequest } from '../api/dto/webhook.dto';
import { ownWebhook } from '../commands/webhook.handlers';

/** A webhook as answered: never the vault reference, only the secret's last 4. */
export function toWebhookDto(doc: WebhookDoc): WebhookDto {
  return {
    webhook_id: doc.webhook_id, org_guid: doc.org_guid, target_url: doc.target_url, filters: doc.filters, description: doc.description, status: doc.status,
    status_reason: doc.status_reason, secret_last4: doc.secret_last4, start_after: doc.start_after, revision: doc.revision, created_at: doc.created_at, updated_at: doc.updated_at,
  };
}

const toAttemptDto = (a: DeliveryAttempt): DeliveryAttemptDto => ({
  attempt_id: a._id, event_id: a.event_id, event_type: a.event_type, position: a.position, delivery_reason: a.delivery_reason,
  attempt: a.attempt, status_code: a.status_code, latency_ms: a.latency_ms, error: a.error, at: a.at,
});

export class GetWebhookQuery {
  constructor(readonly orgGuid: string, readonly webhookId: string, readonly attemptsLimit = 20) {}
}

/** The webhook from its read model, with its latest delivery attempts from the delivery log (`_delivery_attempts`). */
@QueryHandler(GetWebhookQuery)
export class GetWebhookHandler implements IQueryHandler<GetWebhookQuery, WebhookDto> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetWebhookQuery): Promise<WebhookDto> {
    const doc = await ownWebhook(this.runtime, q.orgGuid, q.webhookId);
    const attempts = await recentAttempts(this.runtime, doc.webhook_id, Math.min(q.attemptsLimit, 100)).catch(() => []);
    return { ...toWebhookDto(doc), recent_attempts: attempts.map(toAttemptDto) };
  }
}

export class ListWebhooksQuery {
  constructor(readonly orgGuid: string, readonly request: WebhookListRequest) {}
}

@QueryHandler(ListWebhooksQuery)
export class ListWebhooksHandler implements IQueryHandler<ListWebhooksQuery, { items: WebhookDto[]; next_token: string | null }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ orgGuid, request: r }: ListWebhooksQuery) {
    if (r.action_prefix !== undefined && r.service === undefined) {
      throw validationError('service-required', 'action_prefix filters together with service.', { fields: [{ field: 'service', reason: 'required with action_prefix' }] });
    }
    const filter: Filter = { org_guid: orgGuid };
    if (r.status) filter.status = r.status;
    if (r.service && r.action_prefix !== undefined) filter.filter_keys = `${r.service}.${r.action_prefix}`;
    else if (r.service) filter.services = r.service;
    try {
      const page = await this.runtime.readModels.collection<WebhookDoc>(IPM_WEBHOOKS).find(filter, {
        sort: [{ field: 'created_at', direction: 'asc' }, { field: '_id', direction: 'asc' }], limit: r.limit ?? 50, cursor: r.next_token,
      });
      return { items: page.items.map(toWebhookDto), next_token: page.next_cursor ?? null };
    } catch (error) {
      if (r.next_token && error instanceof InvalidCursorError) {
        throw validationError('invalid-next-token', 'next_token does not belong to this list.', { fields: [{ field: 'next_token', reason: 'invalid' }] });
      }
      throw error;
    }
  }
}

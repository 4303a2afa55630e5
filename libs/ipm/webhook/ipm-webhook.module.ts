import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { WebhookController } from './api/webhook.controller';
import { CreateWebhookHandler, ReplayWebhookHandler, SetWebhookStatusHandler } from './commands/webhook.handlers';
import { GetWebhookHandler, ListWebhooksHandler } from './queries/webhook.queries';
import { webhookEvents } from './webhook.events';

@Module({
  controllers: [WebhookController],
  providers: [CreateWebhookHandler, SetWebhookStatusHandler, ReplayWebhookHandler, GetWebhookHandler, ListWebhooksHandler],
})
export class IpmWebhookModule {}

export const ipmWebhookEvents: EventDefinition[] = webhookEvents;
export { ipmWebhookDelivery, ipmWebhookSource, webhookTarget, WEBHOOK_OWNER } from './webhook-delivery';

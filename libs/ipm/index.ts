// IPM owns the integration plane's tenant surface: CDC, the event catalog and export contracts, webhooks, bulk jobs and KPIs.
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import type { BackgroundServiceFactory } from '@g3n/platform';
import { IpmFeedModule, ipmFeedEvents } from './feed/ipm-feed.module';
import { rbsSqsTransport, rbsSubscriptionSource } from '@g3n/rbs';
import { IpmWebhookModule, ipmWebhookDelivery, ipmWebhookEvents } from './webhook/ipm-webhook.module';
import { IpmBulkModule, ipmBulkEvents } from './bulk/ipm-bulk.module';

@Module({ imports: [IpmFeedModule, IpmWebhookModule, IpmBulkModule] })
export class IpmModule {}

export const ipmEvents: EventDefinition[] = [...ipmFeedEvents, ...ipmWebhookEvents, ...ipmBulkEvents];
export const ipmReactors: ReactorDefinition[] = [];

/** Worker parts this service runs (see BackgroundService in libs/platform/runtime/runtime.ts). */
export const ipmBackground: BackgroundServiceFactory[] = [
  // One delivery engine for the whole integration plane: IPM webhooks and RBS subscriptions (HTTP and SQS).
  (runtime) => ipmWebhookDelivery(runtime, { sources: [rbsSubscriptionSource(runtime)], transports: [rbsSqsTransport] }),
];

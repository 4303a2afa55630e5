// RBS owns partner event subscriptions (HTTP targets and SQS queues), verified before anything is delivered.
// Live delivery is the shared engine's (libs/delivery); RBS gives it targets through rbsSubscriptionSource.
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import type { BackgroundServiceFactory } from '@g3n/platform';
import { subscriptionEvents } from './subscription/subscription.events';

export { RbsModule } from './rbs.module';
export { rbsSubscriptionSource } from './subscription/subscription-source';
export { rbsSqsTransport, RBS_OWNER } from './delivery/subscription-delivery';

export const rbsEvents: EventDefinition[] = [...subscriptionEvents];
export const rbsReactors: ReactorDefinition[] = [];

/** Worker parts this service runs: none of its own; the delivery engine (wired by the lead) takes rbsSubscriptionSource. */
export const rbsBackground: BackgroundServiceFactory[] = [];

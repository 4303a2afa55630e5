import { Module } from '@nestjs/common';
import { SubscriptionController } from './api/subscription.controller';
import { RegisterSubscriptionHandler } from './commands/register-subscription.handler';
import { SetSubscriptionStatusHandler } from './commands/set-subscription-status.handler';
import { TestSubscriptionHandler } from './commands/test-subscription.handler';
import { UnregisterSubscriptionHandler } from './commands/unregister-subscription.handler';
import { UpdateSubscriptionHandler } from './commands/update-subscription.handler';
import { VerifySubscriptionHandler } from './commands/verify-subscription.handler';
import { GetSubscriptionHandler, ListSubscriptionsHandler, RbsStatHandler } from './queries/subscription.queries';

@Module({
  controllers: [SubscriptionController],
  providers: [
    RegisterSubscriptionHandler, VerifySubscriptionHandler, UpdateSubscriptionHandler, SetSubscriptionStatusHandler,
    UnregisterSubscriptionHandler, TestSubscriptionHandler, GetSubscriptionHandler, ListSubscriptionsHandler, RbsStatHandler,
  ],
})
export class RbsModule {}

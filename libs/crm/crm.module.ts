import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { CustomerCareController } from './api/customer-care.controller';
import { CustomerController } from './api/customer.controller';
import { GiftcardController } from './api/giftcard.controller';
import { LoyaltyController } from './api/loyalty.controller';
import { CrmWrites } from './commands/crm-writes';
import { CreateCustomerHandler, SetConsentHandler, SetFlagHandler } from './commands/customer.handlers';
import { IssueGiftcardHandler, RedeemGiftcardHandler } from './commands/giftcard.handlers';
import { LoyaltyTxnHandler } from './commands/loyalty.handlers';
import { ResolveHoldHandler } from './commands/resolve-hold.handler';
import { SetLoyaltyPolicyHandler } from './commands/set-policy.handler';
import { customerEvents } from './customer/customer.events';
import { emailClaimEvents } from './customer/email-claim.decide';
import { giftcardEvents } from './giftcard/giftcard.events';
import { loyaltyEvents } from './loyalty/loyalty.events';
import { policyEvents } from './policy/policy.events';
import { GetCrmRecordHandler, ListCrmRecordsHandler } from './queries/records.queries';

@Module({
  controllers: [CustomerController, CustomerCareController, LoyaltyController, GiftcardController],
  providers: [
    CrmWrites,
    CreateCustomerHandler, SetConsentHandler, SetFlagHandler, ResolveHoldHandler,
    LoyaltyTxnHandler, SetLoyaltyPolicyHandler,
    IssueGiftcardHandler, RedeemGiftcardHandler,
    GetCrmRecordHandler, ListCrmRecordsHandler,
  ],
})
export class CrmModule {}

export const crmEventDefinitions: EventDefinition[] = [...customerEvents, ...emailClaimEvents, ...loyaltyEvents, ...policyEvents, ...giftcardEvents];

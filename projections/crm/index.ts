import type { ProjectionDefinition } from '@g3n/es';
import { crmCustomerConsentsProjection } from './customer-consents.projection';
import { crmCustomerFlagsHoldsProjection } from './customer-flags-holds.projection';
import { crmCustomersProjection } from './customers.projection';
import { crmGiftcardsProjection } from './giftcards.projection';
import { crmLoyaltyPoliciesProjection } from './loyalty-policies.projection';
import { crmLoyaltyTxnsProjection } from './loyalty-txns.projection';

export const crmProjections: ProjectionDefinition[] = [
  crmCustomersProjection, crmCustomerConsentsProjection, crmCustomerFlagsHoldsProjection, crmLoyaltyTxnsProjection, crmLoyaltyPoliciesProjection,
  crmGiftcardsProjection,
];

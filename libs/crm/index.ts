// CRM owns customers (profile, consent with history, flags, holds), loyalty accounts and policy, and gift cards.
// See docs/crm.md for the choices made where the seeds were silent.
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import { crmEventDefinitions, CrmModule } from './crm.module';
import { earnOnSettledOrderReactor } from './reactors/earn-on-settled-order.reactor';

export { CrmModule };
export const crmEvents: EventDefinition[] = crmEventDefinitions;
export const crmReactors: ReactorDefinition[] = [earnOnSettledOrderReactor];
export { EARN_ON_SETTLED_ORDER, earnTxnId, type OrderSettled } from './reactors/earn-on-settled-order.reactor';

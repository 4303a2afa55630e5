// SCM owns the sales cycle: orders and their lines, stock promises through ICS, shipments, tenders, returns and
// refunds. See docs/scm.md for the choices made where the seeds are silent.
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { OrderController } from './api/order.controller';
import { PromiseController } from './api/promise.controller';
import { ReturnController } from './api/return.controller';
import { ShipmentController } from './api/shipment.controller';
import { TenderController } from './api/tender.controller';
import { CreateOrderHandler } from './commands/create-order.handler';
import { RunOrderCommandHandler } from './commands/run-order-command.handler';
import { fulfillmentEvents } from './order/fulfillment.events';
import { orderLifecycleEvents } from './order/order.events';
import { GetScmRecordHandler } from './queries/get-record.handler';
import { ListScmRecordsHandler } from './queries/list-records.handler';
import { QuotePromiseHandler } from './queries/quote-promise.handler';
import { recordStockOutcomesReactor } from './reactors/record-stock-outcomes.reactor';

@Module({
  controllers: [OrderController, PromiseController, ShipmentController, TenderController, ReturnController],
  providers: [CreateOrderHandler, RunOrderCommandHandler, GetScmRecordHandler, ListScmRecordsHandler, QuotePromiseHandler],
})
export class ScmModule {}

export const scmEvents: EventDefinition[] = [...orderLifecycleEvents, ...fulfillmentEvents];
export const scmReactors: ReactorDefinition[] = [recordStockOutcomesReactor];

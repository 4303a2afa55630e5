// Stock per org × logical facility × variant: adjustments, receiving, holds (reserve → allocate → commit), the ledger.
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { HoldController } from './api/hold.controller';
import { ReceiveController } from './api/receive.controller';
import { StockController } from './api/stock.controller';
import { AdjustStockHandler } from './commands/adjust-stock.handler';
import { CreateHoldHandler } from './commands/create-hold.handler';
import { ExpireHoldsHandler } from './commands/expire-holds.handler';
import { IcsLookups } from './commands/ics-lookups';
import { RecordReceiptHandler } from './commands/record-receipt.handler';
import { ReleaseHoldHandler } from './commands/release-hold.handler';
import { TransitionStockHandler } from './commands/transition-stock.handler';
import { policyEvents } from './policy/policy.events';
import { GetIcsRecordHandler } from './queries/get-record.handler';
import { GetStockHandler } from './queries/get-stock.handler';
import { ListIcsRecordsHandler } from './queries/list-records.handler';
import { ListStockCardHandler } from './queries/list-stock-card.handler';
import { completeIcsReceiptsReactor } from './reactors/ics-receipt.reactor';
import { fulfilOrderStockRequestsReactor } from './reactors/order-stock.reactor';
import { receivePcmReceiptsReactor } from './reactors/pcm-receipt.reactor';
import { consumeShippedStockReactor } from './reactors/shipment.reactor';
import { receiptEvents } from './receipt/receipt.events';
import { stockEvents } from './stock/stock.events';

@Module({
  controllers: [StockController, ReceiveController, HoldController],
  providers: [
    IcsLookups,
    AdjustStockHandler, TransitionStockHandler, RecordReceiptHandler, CreateHoldHandler, ReleaseHoldHandler, ExpireHoldsHandler,
    GetStockHandler, GetIcsRecordHandler, ListIcsRecordsHandler, ListStockCardHandler,
  ],
})
export class IcsModule {}

export const icsEvents: EventDefinition[] = [...stockEvents, ...receiptEvents, ...policyEvents];

export const icsReactors: ReactorDefinition[] = [
  fulfilOrderStockRequestsReactor, consumeShippedStockReactor, receivePcmReceiptsReactor, completeIcsReceiptsReactor,
];

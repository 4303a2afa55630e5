// Styles, variants, identifiers, barcodes, the resolvers and history.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { BarcodeController } from './api/barcode.controller';
import { IdentifierController } from './api/identifier.controller';
import { ProductResolveController } from './api/product-resolve.controller';
import { StyleController } from './api/style.controller';
import { VariantController } from './api/variant.controller';
import { claimEvents } from './claim/claim.events';
import { AddBarcodeHandler, SetBarcodeStatusHandler, SetPrimaryBarcodeHandler } from './commands/barcode.handlers';
import { AddIdentifierHandler, TransferIdentifierHandler } from './commands/identifier.handlers';
import { ProductWrites } from './commands/product-writes';
import { CreateStyleHandler, SetStyleStatusHandler, UpdateStyleHandler } from './commands/style.handlers';
import { CreateVariantHandler, SetVariantStatusHandler, UpdateVariantHandler } from './commands/variant.handlers';
import { identifierEvents } from './identifier/identifier.events';
import { GetProductRecordHandler, ListProductRecordsHandler } from './queries/product-records.handler';
import { GetBarcodeHandler, PvmStatusHandler, ResolveProductHandler } from './queries/resolve.handler';
import { styleEvents } from './style/style.events';
import { variantEvents } from './variant/variant.events';

@Module({
  controllers: [StyleController, VariantController, IdentifierController, BarcodeController, ProductResolveController],
  providers: [
    ProductWrites,
    CreateStyleHandler, UpdateStyleHandler, SetStyleStatusHandler,
    CreateVariantHandler, UpdateVariantHandler, SetVariantStatusHandler,
    AddIdentifierHandler, TransferIdentifierHandler,
    AddBarcodeHandler, SetPrimaryBarcodeHandler, SetBarcodeStatusHandler,
    GetProductRecordHandler, ListProductRecordsHandler, ResolveProductHandler, GetBarcodeHandler, PvmStatusHandler,
  ],
})
export class PvmProductModule {}

export const pvmProductEvents: EventDefinition[] = [...claimEvents, ...styleEvents, ...variantEvents, ...identifierEvents];

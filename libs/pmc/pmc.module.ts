// Profiles, publish runs, products and their online pointers, registered in one module.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { ProductController } from './api/product.controller';
import { PublishProfileController } from './api/publish-profile.controller';
import { PublishRunController } from './api/publish-run.controller';
import { CancelPublishRunHandler } from './commands/cancel-publish-run.handler';
import { CatalogReads } from './commands/catalog-reads';
import { MoveProductPointerHandler } from './commands/move-product-pointer.handler';
import { SetPublishProfileHandler } from './commands/set-publish-profile.handler';
import { StartPublishRunHandler } from './commands/start-publish-run.handler';
import { StepPublishRunHandler } from './commands/step-publish-run.handler';
import { productEvents } from './product/product.events';
import { publishProfileEvents } from './profile/publish-profile.events';
import { GetProductPointerHandler } from './queries/get-product-pointer.handler';
import { GetPmcRecordHandler } from './queries/get-record.handler';
import { ListPmcRecordsHandler } from './queries/list-records.handler';
import { publishRunEvents } from './run/publish-run.events';

@Module({
  controllers: [PublishProfileController, PublishRunController, ProductController],
  providers: [
    CatalogReads,
    SetPublishProfileHandler, StartPublishRunHandler, StepPublishRunHandler, CancelPublishRunHandler, MoveProductPointerHandler,
    GetPmcRecordHandler, ListPmcRecordsHandler, GetProductPointerHandler,
  ],
})
export class PmcModule {}

export const pmcEvents: EventDefinition[] = [...publishProfileEvents, ...publishRunEvents, ...productEvents];

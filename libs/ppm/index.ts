// PPM owns price truth: units of measure, price lists, prices per variant and scope, and price resolution.
// Approvals, zones, promotions, dynamic rules and policy slot in beside these (see docs/ppm.md).
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { PriceListController } from './api/price-list.controller';
import { PriceController } from './api/price.controller';
import { UomController } from './api/uom.controller';
import { codeClaimEvents } from './code-claim/code-claim.events';
import { PpmReferences } from './commands/ppm-references';
import { SetPriceListHandler } from './commands/set-price-list.handler';
import { SetPriceHandler } from './commands/set-price.handler';
import { SetUomHandler } from './commands/set-uom.handler';
import { priceListEvents } from './price-list/price-list.events';
import { priceEvents } from './price/price.events';
import { GetPpmRecordHandler, ListPpmRecordsHandler } from './queries/records';
import { ResolvePricesHandler } from './queries/resolve-prices.handler';
import { uomEvents } from './uom/uom.events';

@Module({
  controllers: [PriceController, PriceListController, UomController],
  providers: [PpmReferences, SetPriceHandler, SetPriceListHandler, SetUomHandler, GetPpmRecordHandler, ListPpmRecordsHandler, ResolvePricesHandler],
})
export class PpmModule {}

export const ppmEvents: EventDefinition[] = [...codeClaimEvents, ...uomEvents, ...priceListEvents, ...priceEvents];
export const ppmReactors: ReactorDefinition[] = [];

/** Public: price a cart from the read models (what /ppm/price/resolve answers), for order flows. */
export { resolvePrices } from './queries/resolve-prices';
export type { PriceResolution } from './queries/resolve-prices';
export type { ResolveContext, ResolveItem, ResolvedItem, PriceRule } from './price/price-resolution';
export type { Money } from './shared/formats';

import type { ProjectionDefinition } from '@g3n/es';
import { ppmPriceListsProjection } from './price-lists.projection';
import { ppmPricesProjection } from './prices.projection';
import { ppmUomsProjection } from './uoms.projection';

export * from './price-lists.projection';
export * from './prices.projection';
export * from './uoms.projection';

/** PPM's read models: prices, price lists, units of measure. */
export const ppmProjections: ProjectionDefinition[] = [ppmPricesProjection, ppmPriceListsProjection, ppmUomsProjection];

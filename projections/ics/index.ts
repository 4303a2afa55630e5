import type { ProjectionDefinition } from '@g3n/es';
import { icsHoldsProjection } from './holds.projection';
import { icsReceiptsProjection } from './receipts.projection';
import { icsStockLevelsProjection } from './stock-levels.projection';
import { icsStockPoliciesProjection } from './stock-policies.projection';

export const icsProjections: ProjectionDefinition[] = [icsStockLevelsProjection, icsHoldsProjection, icsReceiptsProjection, icsStockPoliciesProjection];
export { ICS_STOCK_LEVELS, type StockLevelDoc } from './stock-levels.projection';

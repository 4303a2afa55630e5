import type { ProjectionDefinition } from '@g3n/es';
import { icsHoldsProjection } from './holds.projection';
import { icsReceiptsProjection } from './receipts.projection';
import { icsStockCardProjection } from './stock-card.projection';
import { icsStockLevelsProjection } from './stock-levels.projection';
import { icsStockPoliciesProjection } from './stock-policies.projection';

export const icsProjections: ProjectionDefinition[] = [icsStockLevelsProjection, icsStockCardProjection, icsHoldsProjection, icsReceiptsProjection, icsStockPoliciesProjection];
export { ICS_STOCK_LEVELS, type StockLevelDoc } from './stock-levels.projection';

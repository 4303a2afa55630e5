import type { ProjectionDefinition } from '@g3n/es';
import { pvmProductHistoryProjection } from './product-history.projection';
import { pvmStylesProjection } from './styles.projection';
import { pvmVariantsProjection } from './variants.projection';

export * from './product-docs';
export * from './styles.projection';
export * from './variants.projection';
export * from './product-history.projection';

/** PVM product read models: pvm_styles, pvm_variants (+ pvm_barcodes, pvm_identifiers), pvm_product_history. */
export const pvmProductProjections: ProjectionDefinition[] = [pvmStylesProjection, pvmVariantsProjection, pvmProductHistoryProjection];

import type { ProjectionDefinition } from '@g3n/es';
import { pvmOgmsProjection } from './ogms.projection';
import { pvmOptionsProjection } from './options.projection';
import { pvmSuppliersProjection } from './suppliers.projection';
import { pvmTaxonomyProjection } from './taxonomy.projection';

export * from './suppliers.projection';
export * from './taxonomy.projection';
export * from './options.projection';
export * from './ogms.projection';

/** PVM catalog read models: pvm_vendors, pvm_manufacturers, pvm_taxonomy, pvm_option_groups, pvm_options, pvm_ogms. */
export const pvmCatalogProjections: ProjectionDefinition[] = [pvmSuppliersProjection, pvmTaxonomyProjection, pvmOptionsProjection, pvmOgmsProjection];

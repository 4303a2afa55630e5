// PMC owns publishing: per-channel publish profiles, publish runs that snapshot PVM variants, and products
// (a variant on a channel) with their revisions and one online pointer. See docs/pmc.md.
import type { ReactorDefinition } from '@g3n/es';

export { PmcModule, pmcEvents } from './pmc.module';
export type { ProductEvent, ProductOnlineSet, ProductOnlineCleared, ProductRevisionPublished } from './product/product.events';
export type { VariantSnapshot } from './shared/variant-snapshot';
export { productIdOf } from './shared/pmc-ids';

export const pmcReactors: ReactorDefinition[] = [];

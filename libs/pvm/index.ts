// PVM owns the product master: suppliers, taxonomy, options and option-group maps, styles, variants, identifiers and barcodes.
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { PvmCatalogModule, pvmCatalogEvents } from './catalog/pvm-catalog.module';
import { PvmProductModule, pvmProductEvents } from './product/pvm-product.module';

@Module({ imports: [PvmCatalogModule, PvmProductModule] })
export class PvmModule {}

export const pvmEvents: EventDefinition[] = [...pvmCatalogEvents, ...pvmProductEvents];
export const pvmReactors: ReactorDefinition[] = [];

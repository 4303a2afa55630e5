// Suppliers (vendors, manufacturers), taxonomy (division, department, category, season), option groups, options and OGMs.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { OgmController } from './api/ogm.controller';
import { OptionController } from './api/option.controller';
import { SupplierController } from './api/supplier.controller';
import { TaxonomyController } from './api/taxonomy.controller';
import { codeClaimEvents } from './code-claim/code-claim.events';
import { CatalogWrites } from './commands/catalog-writes';
import { CloneOgmHandler, CreateOgmHandler, SetOgmStatusHandler } from './commands/ogm.handlers';
import { ChangeOptionRecordHandler, CreateOptionGroupHandler, CreateOptionHandler } from './commands/option.handlers';
import { ChangeSupplierHandler, CreateSupplierHandler } from './commands/supplier.handlers';
import { ChangeTaxonomyNodeHandler, CreateTaxonomyNodeHandler } from './commands/taxonomy.handlers';
import { ogmEvents } from './ogm/ogm.events';
import { optionGroupEvents } from './option-group/option-group.events';
import { optionEvents } from './option/option.events';
import { GetCatalogRecordHandler, ListCatalogRecordsHandler } from './queries/catalog-record.queries';
import { supplierEvents } from './supplier/supplier.events';
import { taxonomyEvents } from './taxonomy/taxonomy.events';

@Module({
  controllers: [SupplierController, TaxonomyController, OptionController, OgmController],
  providers: [
    CatalogWrites,
    CreateSupplierHandler, ChangeSupplierHandler,
    CreateTaxonomyNodeHandler, ChangeTaxonomyNodeHandler,
    CreateOptionGroupHandler, CreateOptionHandler, ChangeOptionRecordHandler,
    CreateOgmHandler, CloneOgmHandler, SetOgmStatusHandler,
    GetCatalogRecordHandler, ListCatalogRecordsHandler,
  ],
})
export class PvmCatalogModule {}

export const pvmCatalogEvents: EventDefinition[] = [
  ...codeClaimEvents,
  ...supplierEvents,
  ...taxonomyEvents,
  ...optionGroupEvents,
  ...optionEvents,
  ...ogmEvents,
];

// The composition root: every service module, event definition and projection the system runs.
import type { Type } from '@nestjs/common';
import type { EventDefinition } from '@g3n/es';
import { uasEvents, UasModule } from '@g3n/uas';
import { usmEvents, UsmModule } from '@g3n/usm';
import { ofmEvents, OfmModule } from '@g3n/ofm';
export { allProjections } from '@g3n/projections';

export interface ServiceModuleEntry {
  /** Service code: the base path and the OpenAPI document name. */
  code: string;
  title: string;
  module: Type<unknown>;
}

export const serviceModules: ServiceModuleEntry[] = [
  { code: 'uas', title: 'UAS — User Account Service', module: UasModule },
  { code: 'usm', title: 'USM — User Session Management', module: UsmModule },
  { code: 'ofm', title: 'OFM — Org & Facility Management', module: OfmModule },
];

export const allEvents: EventDefinition[] = [...uasEvents, ...usmEvents, ...ofmEvents];

// The composition root: every service module, event definition and projection the system runs.
import type { Type } from '@nestjs/common';
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import type { BackgroundServiceFactory } from '@g3n/platform';
import { uasEvents, UasModule } from '@g3n/uas';
import { usmEvents, UsmModule } from '@g3n/usm';
import { ofmEvents, OfmModule } from '@g3n/ofm';
import { pvmEvents, PvmModule, pvmReactors } from '@g3n/pvm';
import { pmcEvents, PmcModule, pmcReactors } from '@g3n/pmc';
import { ppmEvents, PpmModule, ppmReactors } from '@g3n/ppm';
import { icsEvents, IcsModule, icsReactors } from '@g3n/ics';
import { scmEvents, ScmModule, scmReactors } from '@g3n/scm';
import { pcmEvents, PcmModule, pcmReactors } from '@g3n/pcm';
import { crmEvents, CrmModule, crmReactors } from '@g3n/crm';
import { ipmBackground, ipmEvents, IpmModule, ipmReactors } from '@g3n/ipm';
import { rbsBackground, rbsEvents, RbsModule, rbsReactors } from '@g3n/rbs';
import { accountingBackground, accountingEvents, AccountingModule, accountingReactors } from '@g3n/accounting';
import { allProjections } from '@g3n/projections';
export { allProjections };

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
  { code: 'pvm', title: 'PVM — Product & Vendor Management', module: PvmModule },
  { code: 'pmc', title: 'PMC — Product Merchandising Control', module: PmcModule },
  { code: 'ppm', title: 'PPM — Pricing & Promotions', module: PpmModule },
  { code: 'ics', title: 'ICS — Inventory Control', module: IcsModule },
  { code: 'scm', title: 'SCM — Sales Cycle Management', module: ScmModule },
  { code: 'pcm', title: 'PCM — Procurement Cycle Management', module: PcmModule },
  { code: 'crm', title: 'CRM — CRM & Loyalty', module: CrmModule },
  { code: 'ipm', title: 'IPM — Integration Plane Management', module: IpmModule },
  { code: 'rbs', title: 'RBS — Retail Bus Service', module: RbsModule },
  { code: 'accounting', title: 'Accounting — usage and exports (operator-only)', module: AccountingModule },
];

export const allEvents: EventDefinition[] = [
  ...uasEvents, ...usmEvents, ...ofmEvents, ...pvmEvents, ...pmcEvents, ...ppmEvents, ...icsEvents, ...scmEvents, ...pcmEvents, ...crmEvents,
  ...ipmEvents, ...rbsEvents, ...accountingEvents,
];

/** Cross-service reactions (log-driven effects between services). */
export const allReactors: ReactorDefinition[] = [
  ...pvmReactors, ...pmcReactors, ...ppmReactors, ...icsReactors, ...scmReactors, ...pcmReactors, ...crmReactors,
  ...ipmReactors, ...rbsReactors, ...accountingReactors,
];

/** Long-running worker parts (the delivery engine, scheduled exports). */
export const allBackgroundServices: BackgroundServiceFactory[] = [...ipmBackground, ...rbsBackground, ...accountingBackground];

/** What every process registers: pass to openRuntime with its own withWorker. */
export const system = { events: allEvents, projections: allProjections, reactors: allReactors, background: allBackgroundServices };

// Accounting owns usage telemetry and rollups, and the exports that read the log into files for ERPs and auditors.
// Exports, batches and schedules read the durable log (never the read models); see docs/accounting.md.
import type { ReactorDefinition } from '@g3n/es';
import type { BackgroundServiceFactory } from '@g3n/platform';
import { accountingExportWorker } from './background/export-worker';

export { AccountingModule, accountingEvents } from './accounting.module';
export { runExport } from './export/export-runner';
export { exportTypeFilter, FINANCIAL_PREFIXES } from './export/export-types';

export const accountingReactors: ReactorDefinition[] = [];

/** Worker parts this service runs (see BackgroundService in libs/platform/runtime/runtime.ts). */
export const accountingBackground: BackgroundServiceFactory[] = [accountingExportWorker];

// IPM bulk jobs: NDJSON exports (the org's events from the log, or a read model) and imports validated and
// committed through the owning services' routes, all through the BlobStore. See docs/ipm.md "## Bulk jobs".
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BulkController } from './api/bulk.controller';
import { BulkJobs } from './commands/bulk-jobs';
import {
  CommitBulkImportHandler, ContinueBulkExportHandler, ContinueBulkImportHandler, CreateBulkExportHandler, CreateBulkImportHandler,
} from './commands/bulk.handlers';
import { ExportStep } from './commands/export-step';
import { ImportSteps } from './commands/import-steps';
import { bulkJobEvents } from './job/bulk-job.events';
import { RouteDispatcher } from './kinds/route-dispatcher';
import { GetBulkJobHandler, ListBulkJobsHandler } from './queries/bulk-job.queries';

@Module({
  imports: [DiscoveryModule],
  controllers: [BulkController],
  providers: [
    BulkJobs, ExportStep, ImportSteps, RouteDispatcher,
    CreateBulkExportHandler, ContinueBulkExportHandler, CreateBulkImportHandler, ContinueBulkImportHandler, CommitBulkImportHandler,
    GetBulkJobHandler, ListBulkJobsHandler,
  ],
})
export class IpmBulkModule {}

export const ipmBulkEvents: EventDefinition[] = bulkJobEvents;

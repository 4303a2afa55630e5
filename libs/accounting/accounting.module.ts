// Usage telemetry and rollups, storage measurements, log-driven exports (one-off, batches, schedules), lineage,
// and the audit comments and inbox around them.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { CommentController } from './api/comment.controller';
import { ExportBatchController } from './api/export-batch.controller';
import { ExportController } from './api/export.controller';
import { ExportScheduleController } from './api/export-schedule.controller';
import { InboxController } from './api/inbox.controller';
import { StorageController } from './api/storage.controller';
import { UsageController } from './api/usage.controller';
import { batchEvents } from './batch/batch.events';
import { AccountingWriteHandler } from './commands/accounting-write.handler';
import { CreateBatchHandler } from './commands/create-batch.handler';
import { CreateExportHandler } from './commands/create-export.handler';
import { CreateScheduleHandler } from './commands/create-schedule.handler';
import { ReconcileStorageHandler } from './commands/reconcile-storage.handler';
import { RepairBatchHandler } from './commands/repair-batch.handler';
import { commentEvents } from './comment/comment.events';
import { exportEvents } from './export/export.events';
import { inboxEvents } from './inbox/inbox.events';
import { CommentReportHandler } from './queries/comment-report.handler';
import { GetAccountingRecordHandler } from './queries/get-record.handler';
import { ListLineageHandler } from './queries/lineage.handler';
import { ListAccountingRecordsHandler } from './queries/list-records.handler';
import { ReconcileReportHandler } from './queries/reconcile-report.handler';
import { scheduleEvents } from './schedule/schedule.events';
import { usageEvents } from './usage/usage.events';

@Module({
  controllers: [ExportController, ExportBatchController, ExportScheduleController, UsageController, StorageController, CommentController, InboxController],
  providers: [
    AccountingWriteHandler, CreateExportHandler, CreateBatchHandler, RepairBatchHandler, CreateScheduleHandler, ReconcileStorageHandler,
    GetAccountingRecordHandler, ListAccountingRecordsHandler, ListLineageHandler, ReconcileReportHandler, CommentReportHandler,
  ],
})
export class AccountingModule {}

export const accountingEvents: EventDefinition[] = [...exportEvents, ...batchEvents, ...scheduleEvents, ...usageEvents, ...commentEvents, ...inboxEvents];

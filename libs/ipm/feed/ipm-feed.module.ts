// The IPM feed: the CDC cursor feed (read straight from the log), the event catalog and export contracts
// (generated from the event registry), KPI snapshots and alerts, and the self-description routes.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CatalogController } from './api/catalog.controller';
import { CdcController } from './api/cdc.controller';
import { KpiController } from './api/kpi.controller';
import { MetaController } from './api/meta.controller';
import { ApiSchemaIndex } from './catalog/api-schemas';
import { CdcCursorKeys } from './cdc/cursor-key';
import { FeedLookups } from './commands/feed-lookups';
import { RaiseKpiAlertHandler } from './commands/raise-kpi-alert.handler';
import { RecordKpiHandler } from './commands/record-kpi.handler';
import { kpiEvents } from './kpi/kpi.events';
import { GetFeedRecordHandler } from './queries/get-feed-record.handler';
import { ListCdcHandler } from './queries/list-cdc.handler';
import { QueryKpiHandler } from './queries/query-kpi.handler';

@Module({
  imports: [DiscoveryModule],
  controllers: [CdcController, CatalogController, KpiController, MetaController],
  providers: [CdcCursorKeys, ApiSchemaIndex, FeedLookups, RecordKpiHandler, RaiseKpiAlertHandler, GetFeedRecordHandler, QueryKpiHandler, ListCdcHandler],
})
export class IpmFeedModule {}

export const ipmFeedEvents: EventDefinition[] = [...kpiEvents];

// Physical, legal and logical facilities, zones, sales channels (with config upload) and their resolvers.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { FacilityResolveController } from './api/facility-resolve.controller';
import { LegalFacilityController } from './api/legal-facility.controller';
import { LogicalFacilityController } from './api/logical-facility.controller';
import { PhysicalFacilityController } from './api/physical-facility.controller';
import { SalesChannelController } from './api/sales-channel.controller';
import { ZoneController } from './api/zone.controller';
import { salesChannelEvents } from './channel/sales-channel.events';
import { codeClaimEvents } from './code-claim/code-claim.events';
import { CompleteSalesChannelConfigHandler } from './commands/complete-sales-channel-config.handler';
import { CreateLegalFacilityHandler } from './commands/create-legal-facility.handler';
import { CreateLogicalFacilityHandler } from './commands/create-logical-facility.handler';
import { CreatePhysicalFacilityHandler } from './commands/create-physical-facility.handler';
import { CreateSalesChannelHandler } from './commands/create-sales-channel.handler';
import { CreateZoneHandler } from './commands/create-zone.handler';
import { FacilityWrites } from './commands/facility-writes';
import { PresignSalesChannelConfigHandler } from './commands/presign-sales-channel-config.handler';
import { SetLegalFacilityStatusHandler } from './commands/set-legal-facility-status.handler';
import { SetLogicalFacilityStatusHandler } from './commands/set-logical-facility-status.handler';
import { SetPhysicalFacilityStatusHandler } from './commands/set-physical-facility-status.handler';
import { SetSalesChannelStatusHandler } from './commands/set-sales-channel-status.handler';
import { SetZoneStatusHandler } from './commands/set-zone-status.handler';
import { UpdateLegalFacilityHandler } from './commands/update-legal-facility.handler';
import { UpdateLogicalFacilityHandler } from './commands/update-logical-facility.handler';
import { UpdatePhysicalFacilityHandler } from './commands/update-physical-facility.handler';
import { UpdateSalesChannelHandler } from './commands/update-sales-channel.handler';
import { legalFacilityEvents } from './legal/legal.events';
import { logicalFacilityEvents } from './logical/logical.events';
import { physicalFacilityEvents } from './physical/physical.events';
import { FindByCodeHandler } from './queries/find-by-code.handler';
import { GetRecordHandler } from './queries/get-record.handler';
import { ListRecordsHandler } from './queries/list-records.handler';
import { zoneEvents } from './zone/zone.events';

@Module({
  controllers: [PhysicalFacilityController, LegalFacilityController, LogicalFacilityController, ZoneController, SalesChannelController, FacilityResolveController],
  providers: [
    FacilityWrites,
    CreatePhysicalFacilityHandler, UpdatePhysicalFacilityHandler, SetPhysicalFacilityStatusHandler,
    CreateLegalFacilityHandler, UpdateLegalFacilityHandler, SetLegalFacilityStatusHandler,
    CreateLogicalFacilityHandler, UpdateLogicalFacilityHandler, SetLogicalFacilityStatusHandler,
    CreateZoneHandler, SetZoneStatusHandler,
    CreateSalesChannelHandler, UpdateSalesChannelHandler, SetSalesChannelStatusHandler, PresignSalesChannelConfigHandler, CompleteSalesChannelConfigHandler,
    GetRecordHandler, ListRecordsHandler, FindByCodeHandler,
  ],
})
export class FacilitiesModule {}

export const facilityEvents: EventDefinition[] = [
  ...codeClaimEvents,
  ...physicalFacilityEvents,
  ...legalFacilityEvents,
  ...logicalFacilityEvents,
  ...zoneEvents,
  ...salesChannelEvents,
];

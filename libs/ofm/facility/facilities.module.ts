// Physical, legal and logical facilities, zones, sales channels (with config upload) and their resolvers.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';

@Module({})
export class FacilitiesModule {}

export const facilityEvents: EventDefinition[] = [];

import type { ProjectionDefinition } from '@g3n/es';
import { ofmLegalFacilitiesProjection } from './legal-facilities.projection';
import { ofmLogicalFacilitiesProjection } from './logical-facilities.projection';
import { ofmPhysicalFacilitiesProjection } from './physical-facilities.projection';
import { ofmSalesChannelsProjection } from './sales-channels.projection';
import { ofmZonesProjection } from './zones.projection';

export * from './physical-facilities.projection';
export * from './legal-facilities.projection';
export * from './logical-facilities.projection';
export * from './zones.projection';
export * from './sales-channels.projection';

/** OFM's facility side: physical, legal and logical facilities, zones and sales channels. */
export const ofmFacilityProjections: ProjectionDefinition[] = [
  ofmPhysicalFacilitiesProjection,
  ofmLegalFacilitiesProjection,
  ofmLogicalFacilitiesProjection,
  ofmZonesProjection,
  ofmSalesChannelsProjection,
];

import type { ProjectionDefinition } from '@g3n/es';
import { logStatsProjection } from './platform/log-stats.projection';
import { uasProjections } from './uas';
import { usmProjections } from './usm';
import { ofmOrgSpineProjections } from './ofm/org-spine';
import { ofmFacilityProjections } from './ofm/facilities';

/** Every read model of the system. Duplicate names or shared collections fail at start (assertUniqueProjections). */
export const allProjections: ProjectionDefinition[] = [
  logStatsProjection,
  ...uasProjections,
  ...usmProjections,
  ...ofmOrgSpineProjections,
  ...ofmFacilityProjections,
];

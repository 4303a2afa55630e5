import type { ProjectionDefinition } from '@g3n/es';
import { logStatsProjection } from './platform/log-stats.projection';

/** Every read model of the system. Duplicate names or shared collections fail at start (assertUniqueProjections). */
export const allProjections: ProjectionDefinition[] = [logStatsProjection];

import type { ProjectionDefinition } from '@g3n/es';

export const ofmFacilityProjections: ProjectionDefinition[] = [];

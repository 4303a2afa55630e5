import type { ProjectionDefinition } from '@g3n/es';
import { scmOrdersProjection } from './orders.projection';

export const scmProjections: ProjectionDefinition[] = [scmOrdersProjection];

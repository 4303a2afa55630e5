import type { ProjectionDefinition } from '@g3n/es';
import { uasUsersProjection } from './users.projection';

export const uasProjections: ProjectionDefinition[] = [uasUsersProjection];

import type { ProjectionDefinition } from '@g3n/es';
import { rbsSubscriptionsProjection } from './subscriptions.projection';

export const rbsProjections: ProjectionDefinition[] = [rbsSubscriptionsProjection];

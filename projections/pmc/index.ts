import type { ProjectionDefinition } from '@g3n/es';
import { pmcProductsProjection } from './products.projection';
import { pmcPublishProfilesProjection } from './publish-profiles.projection';
import { pmcPublishRunsProjection } from './publish-runs.projection';

export const pmcProjections: ProjectionDefinition[] = [pmcPublishProfilesProjection, pmcPublishRunsProjection, pmcProductsProjection];

import type { ProjectionDefinition } from '@g3n/es';
import { usmApiKeysProjection } from './api-keys.projection';
import { usmServiceAccountsProjection } from './service-accounts.projection';
import { usmSessionsProjection } from './sessions.projection';

export const usmProjections: ProjectionDefinition[] = [usmSessionsProjection, usmServiceAccountsProjection, usmApiKeysProjection];

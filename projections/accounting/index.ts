import type { ProjectionDefinition } from '@g3n/es';
import { accountingAuditProjection } from './audit.projection';
import { accountingExportsProjection } from './exports.projection';
import { accountingUsageProjection } from './usage.projection';

export const accountingProjections: ProjectionDefinition[] = [accountingExportsProjection, accountingUsageProjection, accountingAuditProjection];

import type { ProjectionDefinition } from '@g3n/es';
import { ipmBulkJobsProjection } from './bulk-jobs.projection';

export const ipmBulkProjections: ProjectionDefinition[] = [ipmBulkJobsProjection];
export { IPM_BULK_JOBS, type BulkJobDoc } from './bulk-jobs.projection';

import type { ProjectionDefinition } from '@g3n/es';
import { ipmKpiAlertsProjection } from './kpi-alerts.projection';
import { ipmKpiSnapshotsProjection } from './kpi-snapshots.projection';

// The CDC feed, catalog and contracts read the log and the registry directly; only KPIs have read models.
export const ipmFeedProjections: ProjectionDefinition[] = [ipmKpiSnapshotsProjection, ipmKpiAlertsProjection];

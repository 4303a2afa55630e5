import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export const IPM_KPI_SNAPSHOTS = 'ipm_kpi_snapshots';

/** One KPI bucket's current value (ipm.kpi-recorded revises it in place). */
export interface KpiSnapshotDoc extends Doc {
  org_guid: string;
  kpi_id: string;
  kpi_code: string;
  scope: string;
  logical_guid: string | null;
  bucket: string;
  bucket_start: string;
  bucket_end: string;
  value: number;
  value_unit: string | null;
  dimensions: Record<string, string>;
  revision: number;
  created_at: string;
  updated_at: string;
}

type RecordedData = {
  org_guid: string; kpi_id: string; kpi_code: string; scope: string; logical_guid: string | null; bucket: string; bucket_start: string;
  bucket_end: string; value: number; value_unit: string | null; dimensions: Record<string, string>; previous_value: number | null;
};

export const ipmKpiSnapshotsProjection: ProjectionDefinition = {
  name: 'ipm.kpi-snapshots',
  version: 1,
  collections: [{ name: IPM_KPI_SNAPSHOTS, indexes: [{ fields: ['org_guid', 'kpi_code', 'bucket', 'bucket_start'] }] }],
  handlers: {
    'ipm.kpi-recorded': (e, ctx) => {
      const { previous_value: _previous, ...d } = e.data as RecordedData;
      // Times are normalised so the window filter of /ipm/kpi/query compares like with like.
      const bucket_start = new Date(d.bucket_start).toISOString();
      const bucket_end = new Date(d.bucket_end).toISOString();
      return ctx.update<KpiSnapshotDoc>(IPM_KPI_SNAPSHOTS, d.kpi_id, (doc) => ({
        ...d, _id: d.kpi_id, bucket_start, bucket_end, revision: e.revision,
        created_at: doc?.created_at ?? e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
      }));
    },
  },
};

import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export const IPM_KPI_ALERTS = 'ipm_kpi_alerts';

export interface KpiAlertDoc extends Doc {
  org_guid: string;
  alert_id: string;
  kpi_code: string;
  status: 'raised';
  revision: number;
  created_at: string;
  updated_at: string;
  [field: string]: unknown;
}

/** Raised KPI alerts (a fact each; acknowledging belongs to the inbox, which IPM does not deliver to). */
export const ipmKpiAlertsProjection: ProjectionDefinition = {
  name: 'ipm.kpi-alerts',
  version: 1,
  collections: [{ name: IPM_KPI_ALERTS, indexes: [{ fields: ['org_guid', 'kpi_code', 'created_at'] }] }],
  handlers: {
    'ipm.kpi-alert-raised': (e, ctx) => {
      const d = e.data as { alert_id: string; kpi_code: string; org_guid: string };
      ctx.put<KpiAlertDoc>(IPM_KPI_ALERTS, {
        ...e.data, ...d, _id: d.alert_id, status: 'raised', inbox_delivery: 'not-delivered', revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
      });
    },
  },
};

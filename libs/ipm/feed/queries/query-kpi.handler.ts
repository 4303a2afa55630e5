import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { FieldCondition, Filter } from '@g3n/docstore';
import { validationError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { IPM_KPI_SNAPSHOTS, KpiSnapshotDoc } from '../../../../projections/ipm/kpi-snapshots.projection';
import type { KpiQueryRequest } from '../api/dto/kpi.dto';

export class QueryKpiQuery {
  constructor(readonly orgGuid: string, readonly request: KpiQueryRequest) {}
}

export interface KpiSeries {
  series: Array<Record<string, unknown>>;
  next_token: string | null;
}

/** A KPI's snapshots in bucket order, in the half-open window [from_utc, to_utc) of bucket_start. */
@QueryHandler(QueryKpiQuery)
export class QueryKpiHandler implements IQueryHandler<QueryKpiQuery, KpiSeries> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ orgGuid, request: r }: QueryKpiQuery): Promise<KpiSeries> {
    const filter: Filter = { org_guid: orgGuid, kpi_code: r.kpi_code };
    if (r.scope) filter.scope = r.scope;
    if (r.logical_guid) filter.logical_guid = r.logical_guid;
    if (r.bucket) filter.bucket = r.bucket;
    const window: FieldCondition = {};
    if (r.from_utc) window.$gte = new Date(r.from_utc).toISOString();
    if (r.to_utc) window.$lt = new Date(r.to_utc).toISOString();
    if (window.$gte && window.$lt && window.$gte >= window.$lt) {
      throw validationError('invalid-time-window', 'to_utc must be after from_utc.', { fields: [{ field: 'to_utc', reason: 'must be after from_utc' }] });
    }
    if (Object.keys(window).length) filter.bucket_start = window;
    for (const [key, value] of Object.entries(r.dimensions ?? {})) filter[`dimensions.${key}`] = value;
    const page = await this.runtime.readModels.collection<KpiSnapshotDoc>(IPM_KPI_SNAPSHOTS).find(filter, {
      sort: [{ field: 'bucket_start', direction: 'asc' }, { field: 'kpi_id', direction: 'asc' }], limit: r.limit ?? 50, cursor: r.next_token,
    });
    return { series: page.items.map(({ _id, ...snapshot }) => snapshot), next_token: page.next_cursor ?? null };
  }
}

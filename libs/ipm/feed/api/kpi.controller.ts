import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { IPM_KPI_ALERTS } from '../../../../projections/ipm/kpi-alerts.projection';
import { IPM_KPI_SNAPSHOTS } from '../../../../projections/ipm/kpi-snapshots.projection';
import { RaiseKpiAlertCommand } from '../commands/raise-kpi-alert.handler';
import { RecordKpiCommand } from '../commands/record-kpi.handler';
import { ErrorTags, IPM, MANAGE, VIEW } from '../feed-routes';
import { GetFeedRecordQuery } from '../queries/get-feed-record.handler';
import { QueryKpiQuery } from '../queries/query-kpi.handler';
import { KpiAlert, KpiAlertRequest, KpiQueryRequest, KpiRecordRequest, KpiSnapshot } from './dto/kpi.dto';

const BUCKET_ERRORS: ErrorTags = [
  ['validation-error', 'invalid-bucket-window'], ['validation-error', 'logical-guid-required'], ['validation-error', 'request-context-mismatch'],
  ['not-found', 'logical-facility-not-found'],
];

/** KPI snapshots and alerts (UC-IPM-004). */
@ApiTags(IPM)
@Controller(IPM)
export class KpiController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: IPM, call: 'kpi/record', kind: 'write', permissions: MANAGE,
    summary: 'Record a KPI snapshot for one bucket; recording the same bucket (code, scope, facility, bucket, start, dimensions) again revises it.',
    request: KpiRecordRequest, response: { type: KpiSnapshot, key: 'kpi' }, errors: BUCKET_ERRORS,
  })
  async record(@Body() body: KpiRecordRequest, @Ctx() ctx: RequestContext) {
    const kpi_id = await this.commands.execute<RecordKpiCommand, string>(new RecordKpiCommand(ctx, body));
    return { kpi: await this.queries.execute(new GetFeedRecordQuery(IPM_KPI_SNAPSHOTS, ctx.org_guid, kpi_id, 'kpi-not-found')) };
  }

  @Endpoint({
    service: IPM, call: 'kpi/query', kind: 'read', permissions: VIEW,
    summary: 'A KPI\'s snapshots by scope, facility, bucket and window [from_utc, to_utc) of bucket_start, in bucket order.',
    request: KpiQueryRequest,
    response: { type: KpiSnapshot, key: 'series', extra: { series: { type: 'array', items: { $ref: '#/components/schemas/KpiSnapshot' } }, next_token: { type: 'string', nullable: true } } },
    errors: [['validation-error', 'invalid-time-window'], ['validation-error', 'invalid-next-token']],
  })
  query(@Body() body: KpiQueryRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new QueryKpiQuery(ctx.org_guid, body));
  }

  @Endpoint({
    service: IPM, call: 'kpi/alert', kind: 'write', permissions: MANAGE,
    summary: 'Record an alert for a KPI value that breaches its threshold (inbox_service is recorded; IPM does not deliver to inboxes).',
    request: KpiAlertRequest, response: { type: KpiAlert, key: 'alert' },
    errors: [...BUCKET_ERRORS, ['validation-error', 'threshold-not-breached']],
  })
  async alert(@Body() body: KpiAlertRequest, @Ctx() ctx: RequestContext) {
    const alert_id = await this.commands.execute<RaiseKpiAlertCommand, string>(new RaiseKpiAlertCommand(ctx, body));
    return { alert: await this.queries.execute(new GetFeedRecordQuery(IPM_KPI_ALERTS, ctx.org_guid, alert_id, 'alert-not-found')) };
  }
}

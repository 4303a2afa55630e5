import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { validationError } from '@g3n/es';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ACC_ROLLUPS, ACC_USAGE, rollupDocId, rollupId } from '../../../projections/accounting/usage.projection';
import { AccountingWriteCommand } from '../commands/accounting-write.handler';
import { ListLineageQuery } from '../queries/lineage.handler';
import { ReconcileReportQuery } from '../queries/reconcile-report.handler';
import { usageStream } from '../shared/streams';
import { usageDecider } from '../usage/usage.decide';
import {
  LineageItemDto, LineageListRequest, ReconcileReportDto, ReconcileReportRequest, RollupDto, RollupGetRequest, RollupListRequest, UsageDto, UsageGetRequest,
  UsageListRequest, UsageRecordRequest,
} from './dto/usage.dto';
import { getRecord, listRecords } from './reads';
import { ACC, MANAGE, VIEW } from './routes';

const usage = { type: UsageDto, key: 'event' };

@ApiTags(ACC)
@Controller(ACC)
export class UsageController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: ACC, call: 'event/record', kind: 'write', summary: 'Record a usage event (metric, quantity, unit, cost centre); the daily rollup includes it at once (UC-ACC-001).', permissions: MANAGE, request: UsageRecordRequest, response: usage })
  async record(@Body() body: UsageRecordRequest, @Ctx() ctx: RequestContext) {
    const org_guid = ctx.org_guid;
    const usage_id = await this.commands.execute<AccountingWriteCommand, string>(new AccountingWriteCommand(ctx, body, (t) => {
      const id = t.next('use');
      const command = { kind: 'record-usage' as const, usage_id: id, org_guid, metric: body.metric, quantity: body.quantity, unit: body.unit, cccode: body.cccode ?? ctx.cccode ?? null, occurred_at: new Date(body.occurred_at).toISOString() };
      return { id, stream: usageStream(org_guid, id), decider: usageDecider, command };
    }));
    return this.one(ctx, usage_id);
  }

  @Endpoint({ service: ACC, call: 'event/get', kind: 'read', summary: 'Get a usage event.', permissions: VIEW, request: UsageGetRequest, response: usage, errors: [['not-found', 'usage-not-found']] })
  get(@Body() body: UsageGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.usage_id);
  }

  @Endpoint({ service: ACC, call: 'event/list', kind: 'read', summary: 'Usage events of the org, newest first; filter by metric or UTC day.', permissions: VIEW, request: UsageListRequest, response: { type: UsageDto, list: true } })
  list(@Body() body: UsageListRequest, @Ctx() ctx: RequestContext) {
    return listRecords(this.queries, ACC_USAGE, ctx.org_guid, { metric: body.metric, day: body.day }, body, [{ field: 'occurred_at', direction: 'desc' }]);
  }

  @Endpoint({ service: ACC, call: 'usage/rollup/get', kind: 'read', summary: 'Get a daily rollup by rollup_id, or by day + metric + unit (+ cccode).', permissions: VIEW, request: RollupGetRequest, response: { type: RollupDto, key: 'rollup' }, errors: [['not-found', 'rollup-not-found']] })
  async rollup(@Body() body: RollupGetRequest, @Ctx() ctx: RequestContext) {
    let id = body.rollup_id;
    if (!id) {
      if (!body.day || !body.metric || !body.unit) throw validationError('rollup-key-required', 'Give rollup_id, or day, metric and unit.', { fields: [{ field: 'rollup_id', reason: 'required' }] });
      id = rollupId(body.day, body.metric, body.unit, body.cccode ?? null);
    }
    return { rollup: await getRecord(this.queries, ACC_ROLLUPS, ctx.org_guid, rollupDocId(ctx.org_guid, id), 'rollup-not-found') };
  }

  @Endpoint({ service: ACC, call: 'usage/rollup/list', kind: 'read', summary: 'Daily rollups, newest day first; filter by metric or day.', permissions: VIEW, request: RollupListRequest, response: { type: RollupDto, list: true } })
  rollups(@Body() body: RollupListRequest, @Ctx() ctx: RequestContext) {
    return listRecords(this.queries, ACC_ROLLUPS, ctx.org_guid, { metric: body.metric, day: body.day }, body, [{ field: 'day', direction: 'desc' }]);
  }

  @Endpoint({ service: ACC, call: 'lineage/list', kind: 'read', summary: 'The log events (positions, ids, types) that fed an export or a rollup, read back from the log.', permissions: VIEW, request: LineageListRequest, response: { type: LineageItemDto, list: true }, errors: [['not-found', 'export-not-found'], ['not-found', 'rollup-not-found'], ['validation-error', 'lineage-target-required']] })
  lineage(@Body() body: LineageListRequest, @Ctx() ctx: RequestContext) {
    if (Boolean(body.export_id) === Boolean(body.rollup_id)) throw validationError('lineage-target-required', 'Give exactly one of export_id and rollup_id.', { fields: [{ field: 'export_id', reason: 'one-of' }] });
    return this.queries.execute(new ListLineageQuery(ctx.org_guid, { export_id: body.export_id, rollup_id: body.rollup_id }, body.limit, body.next_token));
  }

  @Endpoint({ service: ACC, call: 'reconcile/report', kind: 'read', summary: 'Rollups against a re-sum of the usage events in the log, per day × metric × unit × cost centre.', permissions: VIEW, request: ReconcileReportRequest, response: { type: ReconcileReportDto, key: 'report' }, errors: [['validation-error', 'invalid-day-range']] })
  report(@Body() body: ReconcileReportRequest, @Ctx() ctx: RequestContext) {
    if (body.from_day > body.to_day) throw validationError('invalid-day-range', 'from_day must not be after to_day.', { fields: [{ field: 'from_day', reason: 'after-to-day' }] });
    return this.queries.execute(new ReconcileReportQuery(ctx.org_guid, body.from_day, body.to_day, body.metric));
  }

  private async one(ctx: RequestContext, usage_id: string) {
    return { event: await getRecord(this.queries, ACC_USAGE, ctx.org_guid, usage_id, 'usage-not-found') };
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { KpiAlertRequest } from '../api/dto/kpi.dto';
import { kpiAlertDecider } from '../kpi/kpi-alert.decide';
import { assertRequestContext, bucketRef, FeedLookups, why } from './feed-lookups';

export class RaiseKpiAlertCommand {
  constructor(readonly ctx: RequestContext, readonly request: KpiAlertRequest) {}
}

/** UC-IPM-004: record an alert for a breached KPI threshold. Answers the alert_id. */
@CommandHandler(RaiseKpiAlertCommand)
export class RaiseKpiAlertHandler implements ICommandHandler<RaiseKpiAlertCommand, string> {
  constructor(private readonly writes: Writes, private readonly lookups: FeedLookups, @Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ ctx, request: r }: RaiseKpiAlertCommand): Promise<string> {
    assertRequestContext(ctx, r.request_context);
    const a = r.alert;
    const ref = bucketRef(a);
    await this.lookups.assertFacility(ctx.org_guid, ref.logical_guid);
    const alert_id = this.runtime.ids.next('kpa');
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'ipm.kpi-alert', alert_id),
      decider: kpiAlertDecider,
      command: {
        kind: 'raise', org_guid: ctx.org_guid, alert_id, ref, value: a.value, threshold: { comparator: a.threshold.comparator, value: a.threshold.value },
        team_guid: a.team_guid ?? null, inbox_service: a.inbox_service ?? null, priority: a.priority ?? 'normal',
      },
      ...why(r),
    });
    return alert_id;
  }
}
